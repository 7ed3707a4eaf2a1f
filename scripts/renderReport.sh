#!/usr/bin/env bash
# `npm run render-report`: writes the sample's report with the CLI, converts it with LibreOffice to PDF
# and then to PNG pages in out/, to look at the report as a user would. Needs soffice (LibreOffice
# Calc) and pdftoppm (poppler-utils), and a CJK font (fonts-noto-cjk). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
year="${1:-2023}"
lang="${2:-zh-CN}"
mkdir -p out
npm run --silent build:node
node bin/gaoqi.js report samples/jinshan-sample.xlsx --year "$year" --lang "$lang" --out "out/report-$lang.xlsx" --docx "out/bulletin-$lang.docx"
# A private LibreOffice profile, so a desktop session (or another run) does not block the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir out "out/report-$lang.xlsx" "out/bulletin-$lang.docx" >/dev/null
rm -f out/report-"$lang"-*.png out/bulletin-"$lang"-*.png
pdftoppm -png -r 90 "out/report-$lang.pdf" "out/report-$lang"
pdftoppm -png -r 90 "out/bulletin-$lang.pdf" "out/bulletin-$lang"
ls -1 out/report-"$lang"*.png out/bulletin-"$lang"*.png
