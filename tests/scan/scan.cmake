# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The QR decoder over the shared image corpus (skipped when ../shared is missing).
certdesk_add_test(tst_qrdecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_qrdecoder.cpp LIBRARIES certdesk_scan)
