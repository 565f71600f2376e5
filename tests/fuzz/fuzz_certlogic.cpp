// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// EU business rules come from outside (trust bundles, --policy files): a hostile rule, or a
// rule run on hostile certificate data, must give an error or a value, never a crash or a
// hang. The input is split at the first NUL: the rule's JSON, then the data's JSON.
#include "policy/certlogic.h"
#include "policy/entrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray rule = split < 0 ? input : input.left(split);
    const QByteArray context = split < 0 ? QByteArray() : input.mid(split + 1);
    const QJsonValue expression = QJsonDocument::fromJson("[" + rule + "]").array().at(0);
    const QJsonValue facts = QJsonDocument::fromJson("[" + context + "]").array().at(0);
    (void)CertDesk::Policy::CertLogic::validate(expression);
    CertDesk::Policy::CertLogic::Limits limits;
    limits.maxSteps = 100'000;
    const auto result = CertDesk::Policy::CertLogic::evaluate(expression, facts, limits);
    if (result)
        (void)result->toJson();
    (void)CertDesk::Policy::EntryPolicy::fromBusinessRules(rule, QStringLiteral("fuzz"));
    return 0;
}
