# Convenience front end to CMake. `make` builds build/entente;
# `make demo` and `make test` also install what is missing (scripts/install-deps).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan
CMAKE_FLAGS ?=

.PHONY: all deps demo test test-plain test-asan bench fuzz clean install install-python

all: $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

$(ASAN_BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DENT_SANITIZE=ON -DENT_INSTALLABLE=OFF $(CMAKE_FLAGS)

deps:
	scripts/install-deps

demo: deps all
	scripts/demo $(BUILD)/entente

test: deps
	$(MAKE) test-plain
	$(MAKE) test-asan

test-plain: all
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: $(ASAN_BUILD)/Makefile
	cmake --build $(ASAN_BUILD) -j $(JOBS) -- --no-print-directory
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -LE no-asan

bench: all
	bench/run-all $(BUILD)

# libFuzzer smoke run: every tests/fuzz/fuzz_* target for FUZZ_SECONDS
# (default 20) each, built with clang in build-fuzz.
fuzz:
	scripts/fuzz-smoke

install: all
	cmake --install $(BUILD)

# The Python package for Debian's python3, on the library just installed
# (docs/python.md).
install-python: install
	scripts/install-python $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
