# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The station window on the offscreen platform: driven by an image sequence through the
# real camera pipeline, by simulated keyboard-wedge keystrokes, and by files.
certdesk_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LIBRARIES certdesk_ui)
certdesk_add_test(tst_reviewmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reviewmodel.cpp LIBRARIES certdesk_ui)
certdesk_add_test(tst_stationsettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stationsettings.cpp LIBRARIES certdesk_ui)
certdesk_add_test(tst_trustview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_trustview.cpp LIBRARIES certdesk_ui)
