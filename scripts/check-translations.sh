#!/usr/bin/env bash
# Fails when lupdate would change the committed .ts files (a string was added or changed without
# updating them), or when a Russian entry is unfinished or empty.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/helloqueue_en.ts translations/helloqueue_ru.ts "$tmp/"
/usr/lib/qt6/bin/lupdate -silent -locations none -no-obsolete app ui \
    -ts "$tmp/helloqueue_en.ts" "$tmp/helloqueue_ru.ts"
status=0
for f in helloqueue_en.ts helloqueue_ru.ts; do
    if ! diff -u "translations/$f" "$tmp/$f"; then
        echo "translations/$f is not current: run scripts/update-translations.sh and translate" >&2
        status=1
    fi
done
ru=translations/helloqueue_ru.ts
unfinished=$(grep -c 'type="unfinished"' "$ru" || true)
empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$ru" || true)
if [ "$unfinished" -gt 0 ] || [ "$empty" -gt 0 ]; then
    echo "$ru: $unfinished unfinished and $empty empty translations" >&2
    status=1
fi
en_plurals=$(grep -c '<numerusform>\s*</numerusform>' translations/helloqueue_en.ts || true)
if [ "$en_plurals" -gt 0 ]; then
    echo "translations/helloqueue_en.ts: $en_plurals English plural forms missing" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "translations: current and complete"
exit "$status"
