/**
 * @file entente/entente.h
 * @brief Everything: include this one header to use libentente.
 */
#ifndef ENTENTE_H
#define ENTENTE_H

#include "entente/common.h"
#include "entente/ingest.h"
#include "entente/dyads.h"
#include "entente/clean.h"
#include "entente/dedup.h"
#include "entente/text.h"
#include "entente/parse.h"
#include "entente/lexicon.h"
#include "entente/code.h"
#include "entente/store.h"
#include "entente/network.h"
#include "entente/report.h"
#include "entente/serve.h"

#endif
