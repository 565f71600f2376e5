# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# scan_corpus: runs QrDecoder over image corpora and prints JSON lines (a program,
# not a timed test: timings depend on the machine and its load).
add_executable(scan_corpus ${CMAKE_CURRENT_LIST_DIR}/scan_corpus.cpp)
target_link_libraries(scan_corpus PRIVATE certdesk_scan)
