# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# scan_latency: time from a code entering a video source's frame to its text leaving
# ScanPipeline (live mode, paced at 30 fps), on clips built at run time. A program, not a
# timed test: the figures depend on the machine and its load. Usage: scan_latency --help.
add_executable(scan_latency ${CMAKE_CURRENT_LIST_DIR}/scan_latency.cpp)
target_link_libraries(scan_latency PRIVATE certdesk_scan)
# The default for the shared corpus is ../shared next to the repository.
target_compile_definitions(scan_latency PRIVATE CERTDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
