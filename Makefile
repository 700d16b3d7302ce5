# The two set-up commands are `make demo` and `make test` (see README.md). Both install missing
# Debian packages first.
BUILD_DIR ?= build
ASAN_BUILD_DIR ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_GENERATOR ?= Ninja

.PHONY: deps build demo test test-fast test-asan bench fuzz format tidy clean

deps:
	./scripts/install-deps.sh

# The benchmark programs are built too (not run), so that a change that breaks them fails here.
$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G $(CMAKE_GENERATOR) -DCMAKE_BUILD_TYPE=Release -DCATCHALL_BENCH=ON

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	./scripts/demo.sh $(BUILD_DIR)/catchall

# Every test, in the release build and again under AddressSanitizer + UBSan.
test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)
	$(MAKE) test-asan

test-fast: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD_DIR) -G $(CMAKE_GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCATCHALL_SANITIZE=ON
	cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD_DIR) --output-on-failure -j $(JOBS)

# The speed benchmarks of bench/README.md (not part of `make test`): screening against jq, DuckDB
# and gzip (issue 2), classification and rules against part 1's catchall (issue 3), and name
# matching against a brute-force Jaro-Winkler scan and PostgreSQL pg_trgm (issue 4).
bench: build
	./scripts/install-deps.sh --bench
	./bench/run_screen_bench.sh $(BUILD_DIR)
	./bench/run_assess_bench.sh $(BUILD_DIR)
	./bench/run_match_bench.sh $(BUILD_DIR)
	./bench/run_network_bench.sh $(BUILD_DIR)

# libFuzzer campaigns (clang); `make fuzz FUZZ_SECONDS=600`.
FUZZ_SECONDS ?= 60
fuzz: deps
	cmake -S . -B build-fuzz -G $(CMAKE_GENERATOR) -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCATCHALL_LIBFUZZER=ON -DCATCHALL_TESTS=ON
	cmake --build build-fuzz -j $(JOBS)
	./scripts/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

format:
	find src tests fuzz bench -name '*.cc' -o -name '*.h' | xargs clang-format -i

tidy: $(BUILD_DIR)/build.ninja
	find src -name '*.cc' | xargs -P $(JOBS) -n 4 clang-tidy -p $(BUILD_DIR) --quiet

clean:
	rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR) build-fuzz out
