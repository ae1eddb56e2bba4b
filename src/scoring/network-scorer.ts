/**
 * Network: who sells connectivity, how many carriers, how many physical ways in
 * (DOMAIN.md "Network"). Best practice (score 100): carrier-neutral, three or more distinct
 * carriers, two or more diverse fiber entries, two or more meet-me rooms, an internet exchange.
 */
import { countDistinct, isKnownNumber, lookup } from './known-values.js';
import type { FacilityData, NetworkModel } from './model.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/**
 * Hybrid keeps the customer's choice of carriers (so it satisfies a carrier-neutral
 * requirement, see requirements-check.ts) but loses a little: the operator also sells its own
 * network and third-party carriers may not get equal terms.
 */
export const NETWORK_MODEL_IMPACT: Readonly<Record<NetworkModel, number>> = {
  'carrier-neutral': 0,
  hybrid: -3,
  'carrier-controlled': -20,
};

export function scoreNetwork(facility: FacilityData, keepFindings = true): CategoryResult {
  const network = facility.network ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  const model = network?.model;
  const modelImpact = lookup(NETWORK_MODEL_IMPACT, model);
  if (modelImpact === undefined) {
    sheet.unknown('network.model', 'network.model.unknown', -10, 'Whether the site is carrier-neutral is not known.');
  } else {
    sheet.known();
    if (model === 'carrier-controlled') {
      sheet.lose(
        'network.model',
        modelImpact,
        'Carrier-controlled: the operator is the only network, so you cannot blend providers and its outage is your outage.',
      );
    } else if (model === 'hybrid') {
      sheet.lose(
        'network.model',
        modelImpact,
        'Hybrid: other carriers are present, but the operator also sells its own network; check third parties get equal terms.',
      );
    }
  }

  const carrierIds = network?.carrierIds;
  if (!Array.isArray(carrierIds)) {
    sheet.unknown('network.carrierIds', 'network.carriers.unknown', -15, 'The carriers on-net are not known.');
  } else {
    sheet.known();
    // Three or more all score the same.
    const carriers = countDistinct(carrierIds, 3);
    if (carriers < 1) {
      sheet.lose('network.carriers', -35, 'No carrier is on-net: connectivity has to be built in from outside.');
    } else if (carriers < 2) {
      sheet.lose(
        'network.carriers',
        -25,
        'Only one carrier is on-net: it is a single point of failure and you have no price competition.',
      );
    } else if (carriers < 3) {
      sheet.lose(
        'network.carriers',
        -6,
        'Two carriers are on-net: enough for diverse uplinks, but little choice if one of them disappoints.',
      );
    }
  }

  const entries = network?.diverseFiberEntries;
  if (!isKnownNumber(entries)) {
    sheet.unknown(
      'network.diverseFiberEntries',
      'network.fiberEntries.unknown',
      -8,
      'The number of diverse fiber entries into the building is not known.',
    );
  } else {
    sheet.known();
    if (entries < 1) {
      sheet.lose('network.fiberEntries', -20, 'No diverse fiber entry is reported into the building.');
    } else if (entries < 2) {
      sheet.lose(
        'network.fiberEntries',
        -15,
        'A single fiber entry: one cut conduit isolates the building, however many carriers are on-net.',
      );
    }
  }

  const meetMeRooms = network?.meetMeRooms;
  if (!isKnownNumber(meetMeRooms)) {
    sheet.unknown('network.meetMeRooms', 'network.meetMeRooms.unknown', -3, 'The number of meet-me rooms is not known.');
  } else {
    sheet.known();
    if (meetMeRooms < 1) {
      sheet.lose('network.meetMeRooms', -6, 'No meet-me room: cross-connects to carriers are improvised rather than managed.');
    } else if (meetMeRooms < 2) {
      sheet.lose(
        'network.meetMeRooms',
        -2,
        'One meet-me room: every cross-connect runs through a single room.',
      );
    }
  }

  const exchanges = network?.internetExchanges;
  if (!Array.isArray(exchanges)) {
    sheet.unknown(
      'network.internetExchanges',
      'network.internetExchanges.unknown',
      -3,
      'Whether an internet exchange is present is not known.',
    );
  } else {
    sheet.known();
    if (countDistinct(exchanges, 1) < 1) {
      sheet.lose(
        'network.internetExchanges',
        -5,
        'No internet exchange on site: peering needs a paid circuit to another building.',
      );
    }
  }

  return sheet.result();
}
