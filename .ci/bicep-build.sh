#!/usr/bin/env bash
# Compiles infra/ with the real Bicep compiler and fails on any Bicep error.
# The compiler comes from NuGet (Azure.Bicep.CommandLine.linux-x64, version pinned in
# Directory.Packages.props) through the restore of infra/bicep/BicepTool.csproj.
# Warnings (linter included) are printed and counted; BICEP_STRICT=1 makes them fail too.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tool=infra/bicep/BicepTool.csproj
dotnet restore "$tool" --nologo --verbosity quiet

# The package's own props define BicepPath: ask MSBuild instead of guessing the cache layout.
bicep=$(dotnet msbuild "$tool" -nologo -getProperty:BicepPath | tail -n 1)
bicep=${bicep//\\//}
if [ ! -f "$bicep" ]; then
  echo "bicep-build: compiler not found at '$bicep'" >&2
  exit 1
fi
# NuGet does not always keep the executable bit when it extracts a package.
[ -x "$bicep" ] || chmod +x "$bicep"
echo "bicep-build: $("$bicep" --version)"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# main.bicep pulls in every module; the hook deploys modules/ingest-subscription.bicep on its own,
# so it is compiled as an entry point too.
status=0
warnings=0
for file in infra/main.bicep infra/modules/ingest-subscription.bicep; do
  log="$out/$(basename "$file").log"
  if "$bicep" build "$file" --outdir "$out" 2>"$log"; then
    echo "bicep-build: $file compiled"
  else
    echo "bicep-build: $file FAILED" >&2
    status=1
  fi
  cat "$log" >&2
  warnings=$((warnings + $(grep -c ': Warning ' "$log" || true)))
done

echo "bicep-build: $warnings warning(s)"
if [ "$status" -eq 0 ] && [ "${BICEP_STRICT:-0}" = "1" ] && [ "$warnings" -gt 0 ]; then
  echo "bicep-build: BICEP_STRICT=1 and there are warnings" >&2
  status=1
fi
exit "$status"
