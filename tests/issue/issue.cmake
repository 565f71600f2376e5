# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The specimen issuer, the QR encoder, the paper PDF, the demo sequence and
# `certdesk-cli issue`. Included from tests/CMakeLists.txt, so paths are spelled from here.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Pdf)
set(certdesk_specimen_dir "${PROJECT_SOURCE_DIR}/resources/specimens")
certdesk_add_test(tst_issuer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_issuer.cpp LIBRARIES certdesk_demo)
certdesk_add_test(tst_qrencoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_qrencoder.cpp LIBRARIES certdesk_scan)
certdesk_add_test(tst_paperpdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_paperpdf.cpp
    LIBRARIES certdesk_demo certdesk_issue_paper certdesk_scan_pdf Qt6::Gui Qt6::Pdf)
certdesk_add_test(tst_demosequence SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demosequence.cpp
    LIBRARIES certdesk_demo certdesk_scan)
certdesk_add_test(tst_cliissue SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliissue.cpp
    LIBRARIES certdesk_cli_lib certdesk_scan Qt6::Gui Qt6::Pdf)
target_compile_definitions(tst_cliissue PRIVATE CERTDESK_SPECIMEN_DIR="${certdesk_specimen_dir}")
