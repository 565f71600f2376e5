# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Tests of the frame sources, capture thread, tracker, joiner, wedge and serial scanners
# and the pipeline. Included from tests/CMakeLists.txt, so paths are spelled from here.
# The corpus-based rows skip when CERTDESK_SHARED_DIR has no corpus.
certdesk_add_test(tst_codetracker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_codetracker.cpp LIBRARIES certdesk_scan)
certdesk_add_test(tst_scenegate SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scenegate.cpp LIBRARIES certdesk_scan)
certdesk_add_test(tst_shcjoiner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shcjoiner.cpp LIBRARIES certdesk_scan)
certdesk_add_test(tst_wedgedetector SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wedgedetector.cpp
    LIBRARIES certdesk_scan)
certdesk_add_test(tst_cameralist SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cameralist.cpp LIBRARIES certdesk_scan)
certdesk_add_test(tst_serialscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_serialscanner.cpp
    LIBRARIES certdesk_scan)
certdesk_add_test(tst_stillimagesource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stillimagesource.cpp
    LIBRARIES certdesk_scan)
certdesk_add_test(tst_videosource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_videosource.cpp LIBRARIES certdesk_scan)
# tst_pdfsource writes its PDF with QPdfWriter and so needs Qt Gui itself.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
certdesk_add_test(tst_pdfsource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pdfsource.cpp
    LIBRARIES certdesk_scan certdesk_scan_pdf Qt6::Gui)
