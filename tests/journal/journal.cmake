# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The verification journal (core/journal): storage, chain, writer, crash safety, CLI.
find_package(SQLite3 REQUIRED)
set(certdesk_journal_tests ${CMAKE_CURRENT_LIST_DIR})

certdesk_add_test(tst_journal SOURCES ${certdesk_journal_tests}/tst_journal.cpp
    ${certdesk_journal_tests}/journaltestutil.h LIBRARIES SQLite::SQLite3)
certdesk_add_test(tst_journalwriter SOURCES ${certdesk_journal_tests}/tst_journalwriter.cpp
    ${certdesk_journal_tests}/journaltestutil.h LIBRARIES SQLite::SQLite3)

# The crash test SIGKILLs this writer in the middle of a burst.
add_executable(journal_burst ${certdesk_journal_tests}/journal_burst.cpp)
target_link_libraries(journal_burst PRIVATE certdesk_core)
certdesk_add_test(tst_journalcrash SOURCES ${certdesk_journal_tests}/tst_journalcrash.cpp LIBRARIES SQLite::SQLite3)
target_compile_definitions(tst_journalcrash PRIVATE JOURNAL_BURST_PATH="$<TARGET_FILE:journal_burst>")
add_dependencies(tst_journalcrash journal_burst)

certdesk_add_test(tst_journalcli SOURCES ${certdesk_journal_tests}/tst_journalcli.cpp
    ${certdesk_journal_tests}/journaltestutil.h LIBRARIES certdesk_cli_lib OpenSSL::Crypto SQLite::SQLite3)
add_dependencies(tst_journalcli certdesk-cli)
