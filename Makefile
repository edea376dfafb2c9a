# Two commands on a fresh machine with Python 3.11+ and make: `make play` and `make test`.
VENV   ?= .venv
ifeq ($(OS),Windows_NT)  # (make under Git Bash on Windows, as CI runs it)
PYTHON ?= python
BIN    := $(VENV)/Scripts
else
PYTHON ?= python3
BIN    := $(VENV)/bin
endif
STAMP  := $(VENV)/.installed
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

.PHONY: play test bench bench-ui validate balance screens clean dist test-dist bench-dist

DIST_STAMP := $(VENV)/.installed-dist

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)  ## make the venv, install, launch the game
	$(BIN)/thaw play

test: $(STAMP)  ## the whole test suite, headless
	$(HEADLESS) $(BIN)/python -m pytest

bench: $(STAMP)  ## playthroughs per second and load time, as JSON
	$(BIN)/python benchmarks/sim_bench.py

bench-ui: $(STAMP)  ## the window: first frame, frame times (turn screen per text size), idle CPU, memory, exe size
	if command -v xvfb-run >/dev/null; then \
	  SDL_AUDIODRIVER=dummy SDL_FRAMEBUFFER_ACCELERATION=0 xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/thaw bench --json; \
	else $(HEADLESS) $(BIN)/thaw bench --json; fi

screens: $(STAMP)  ## pictures of every screen at the smallest and largest text size, in docs/screens
	$(HEADLESS) $(BIN)/python -m tools.screens --out docs/screens
	# Made small for the repository where ImageMagick is at hand (32 colours, no dithering).
	if convert -version 2>/dev/null | grep -q "^Version: ImageMagick"; then \
	  for f in docs/screens/normal/*.png docs/screens/largest/*.png; do convert "$$f" +dither -colors 32 "PNG8:$$f"; done; fi

balance: $(STAMP)  ## regenerate the balance table in docs/balance.md
	$(BIN)/python -m tools.balance --write docs/balance.md

# The packaged game (PyInstaller, from the `dist` extra: needed to build, never to play).
$(DIST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)  ## dist/thaw (one file) and dist/thaw-dir/ (one folder), from thaw.spec
	$(BIN)/python packaging/builder.py

test-dist: dist  ## the built one-file game plays headless with no Python around (CI runs it)
	$(HEADLESS) THAW_DIST_TESTS=1 $(BIN)/python -m pytest tests/packaging

bench-dist: dist  ## size and start to first frame: source vs one folder vs one file, as JSON
	$(BIN)/python benchmarks/dist_bench.py

validate: $(STAMP)
	$(BIN)/thaw validate scenarios

clean:
	rm -rf $(VENV) build dist .pytest_cache
