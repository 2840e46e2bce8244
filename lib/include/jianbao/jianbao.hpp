// SPDX-License-Identifier: MIT
// Umbrella header: the whole public API of libjianbao.
#pragma once

#include "jianbao/bulletin.hpp"
#include "jianbao/dates.hpp"
#include "jianbao/diagnostic.hpp"
#include "jianbao/events.hpp"
#include "jianbao/ics.hpp"
#include "jianbao/jsonl.hpp"
#include "jianbao/lexicon.hpp"
#include "jianbao/passage.hpp"
#include "jianbao/people.hpp"
#include "jianbao/plain.hpp"
#include "jianbao/reader.hpp"
#include "jianbao/stream.hpp"
#include "jianbao/text.hpp"
#include "jianbao/version.hpp"
#include "jianbao/xml.hpp"
