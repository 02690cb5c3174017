# `make demo` and `make test` set everything up on a fresh Debian machine; both are safe to run twice.
VENV        := .venv
PY          := $(VENV)/bin/python
MINUTES     := $(VENV)/bin/minutes
# Tesseract with the Bengali model and the Bengali script model (read better: pipeline/read/tesseract.py),
# poppler's pdftotext, Noto fonts for the PDFs that tests write and the charts' Bengali labels, Chromium
# (a second PDF writer for the generated minutes) with its driver for the review page's browser test
# (Selenium drives Debian's Chromium; no browser is downloaded), and two more Bengali families (Lohit;
# Likhan, a handwriting face) for the degraded scans the tests draw (samples/degrade.py, scan_draws.py).
APT_PACKAGES := tesseract-ocr tesseract-ocr-ben tesseract-ocr-script-beng poppler-utils fonts-noto-core \
                chromium chromium-driver fonts-lohit-beng-bengali fonts-beng-extra
STAMP       := $(VENV)/.installed

.PHONY: setup system demo test eval bench clean

setup: system $(STAMP)

# System packages: installed with apt only when one is missing (needs root, as on CI).
system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	python3 -c "import ensurepip" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

# The samples' minutes as text, Word, text-layer PDF and Bijoy files (the scans are left to `make test`:
# OCR takes a few seconds a page), into the dataset in out/samples, then its summary.
demo: setup
	$(MINUTES) ingest samples/text samples/docx samples/pdf/fpdf samples/bijoy --out out/samples
	$(MINUTES) stats out/samples

test: setup
	$(PY) -m pytest -q --durations=15

eval: setup
	$(MINUTES) eval samples/expected

bench: setup
	$(PY) bench/parse_text.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
