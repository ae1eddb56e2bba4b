/**
 * Physical security: layers, access methods, evidence (CCTV and access logs, and how long
 * they are kept), guards, locks, cages, deliveries (DOMAIN.md "Physical security").
 * Best practice (score 100): five layers (perimeter, building, data hall, cage, cabinet),
 * three or more access methods including a biometric and a mantrap, CCTV and access logs
 * kept >= 90 days, 24x7 guards, electronic cabinet locks, cages available, packages held
 * securely for the named customer.
 */
import { isKnownNumber, lookup } from './known-values.js';
import { ACCESS_METHODS, type CabinetLock, type FacilityData, type GuardCoverage, type PackageHandling } from './model.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/** Long enough that theft noticed at a month-end or quarterly audit can still be proven (ours). */
export const EVIDENCE_RETENTION_DAYS = 90;

export const GUARD_IMPACT: Readonly<Record<GuardCoverage, number>> = {
  none: -15,
  'business-hours': -7,
  '24x7': 0,
};

/** Electronic locks also leave an audit trail of who opened which cabinet. */
export const CABINET_LOCK_IMPACT: Readonly<Record<CabinetLock, number>> = {
  none: -15,
  key: -6,
  combination: -3,
  electronic: 0,
};

/**
 * Refusing deliveries is an operational gap (someone must be on site to receive parts);
 * accepting them without holding them for the named customer lets others walk off with them.
 */
export const PACKAGE_IMPACT: Readonly<Record<PackageHandling, number>> = {
  'not-accepted': -5,
  accepted: -3,
  'held-securely': 0,
};

const GUARD_MESSAGE: Readonly<Record<GuardCoverage, string>> = {
  none: 'No guards: nobody challenges an intruder or an unescorted visitor.',
  'business-hours': 'Guards only in business hours: nights and weekends are unguarded.',
  '24x7': '',
};

const LOCK_MESSAGE: Readonly<Record<CabinetLock, string>> = {
  none: 'Cabinets do not lock: anyone inside the data hall can reach your equipment.',
  key: 'Cabinets use key locks: keys are copied and lent, and a key leaves no record of who opened the cabinet.',
  combination: 'Cabinets use combination locks: codes are shared and leave no record of who opened the cabinet.',
  electronic: '',
};

const PACKAGE_MESSAGE: Readonly<Record<PackageHandling, string>> = {
  'not-accepted': 'Deliveries are refused: someone must be on site to receive replacement parts.',
  accepted: 'Deliveries are accepted but not held for the named customer: others could walk off with your parts.',
  'held-securely': '',
};

const BIOMETRIC_MASK = methodMask('biometric') | methodMask('facial-recognition');
const MANTRAP_MASK = methodMask('mantrap');

function methodMask(method: string): number {
  const index = (ACCESS_METHODS as readonly string[]).indexOf(method);
  return index < 0 ? 0 : 1 << index;
}

export function scoreSecurity(facility: FacilityData, keepFindings = true): CategoryResult {
  const security = facility.security ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  const layers = security?.layers;
  if (!isKnownNumber(layers)) {
    sheet.unknown('security.layers', 'security.layers.unknown', -10, 'The number of security layers is not known.');
  } else {
    sheet.known();
    const impact = layers >= 5 ? 0 : layers >= 4 ? -3 : layers >= 3 ? -8 : layers >= 2 ? -15 : -25;
    if (impact < 0) {
      sheet.lose(
        'security.layers',
        impact,
        `${layers} security layer(s) between the street and your cabinet; perimeter, building, data hall, cage and cabinet make five.`,
      );
    }
  }

  const methods = security?.accessMethods;
  if (!Array.isArray(methods)) {
    sheet.unknown('security.accessMethods', 'security.access.unknown', -12, 'The access control methods are not known.');
  } else {
    sheet.known();
    // A bitmask over the known enum counts distinct methods without allocating.
    let mask = 0;
    for (const method of methods) mask |= methodMask(method);
    const count = bitCount(mask);
    if (count < 3) {
      sheet.lose(
        'security.access.methods',
        count === 0 ? -20 : count === 1 ? -10 : -5,
        count === 0
          ? 'No access control method is reported.'
          : `Only ${count} access method(s): independent methods (badge, PIN, biometric, mantrap) must all be defeated to get in.`,
      );
    }
    if ((mask & BIOMETRIC_MASK) === 0) {
      sheet.lose(
        'security.access.biometric',
        -5,
        'No biometric or facial check: badges, keys and PINs can be lent or stolen.',
      );
    }
    if ((mask & MANTRAP_MASK) === 0) {
      sheet.lose('security.access.mantrap', -4, 'No mantrap: someone can tailgate through a door held open.');
    }
  }

  const cctv = security?.cctv;
  if (typeof cctv !== 'boolean') {
    sheet.unknown('security.cctv', 'security.cctv.unknown', -8, 'Whether the site has CCTV is not known.');
  } else {
    sheet.known();
    if (!cctv) {
      sheet.lose('security.cctv', -15, 'No CCTV: there is no footage to review after an incident.');
    }
  }
  // Retention only matters when there is footage to keep; without CCTV it is not scored.
  if (cctv !== false) {
    scoreRetention(
      sheet,
      security?.cctvRetentionDays,
      'security.cctvRetentionDays',
      'security.cctv.retention',
      'security.cctv.retention.unknown',
      'CCTV footage is',
      'How long CCTV footage is kept is not known.',
      -10,
      -5,
    );
  }

  scoreRetention(
    sheet,
    security?.accessLogRetentionDays,
    'security.accessLogRetentionDays',
    'security.accessLog.retention',
    'security.accessLog.retention.unknown',
    'Access logs are',
    'How long access logs are kept is not known.',
    -8,
    -4,
  );

  const guards = security?.guards;
  const guardImpact = lookup(GUARD_IMPACT, guards);
  if (guardImpact === undefined) {
    sheet.unknown('security.guards', 'security.guards.unknown', -8, 'Guard coverage is not known.');
  } else {
    sheet.known();
    if (guardImpact < 0) sheet.lose('security.guards', guardImpact, GUARD_MESSAGE[guards!]);
  }

  const locks = security?.cabinetLocks;
  const lockImpact = lookup(CABINET_LOCK_IMPACT, locks);
  if (lockImpact === undefined) {
    sheet.unknown('security.cabinetLocks', 'security.cabinetLocks.unknown', -6, 'The type of cabinet lock is not known.');
  } else {
    sheet.known();
    if (lockImpact < 0) sheet.lose('security.cabinetLocks', lockImpact, LOCK_MESSAGE[locks!]);
  }

  const cages = security?.cagesAvailable;
  if (typeof cages !== 'boolean') {
    sheet.unknown('security.cagesAvailable', 'security.cages.unknown', -2, 'Whether cages are available is not known.');
  } else {
    sheet.known();
    if (!cages) {
      sheet.lose('security.cages', -4, 'No cages: your cabinets share open floor with other customers.');
    }
  }

  const packages = security?.packageHandling;
  const packageImpact = lookup(PACKAGE_IMPACT, packages);
  if (packageImpact === undefined) {
    sheet.unknown('security.packageHandling', 'security.packages.unknown', -3, 'How deliveries are handled is not known.');
  } else {
    sheet.known();
    if (packageImpact < 0) sheet.lose('security.packages', packageImpact, PACKAGE_MESSAGE[packages!]);
  }

  return sheet.result();
}

/** >= 90 days: 0; 30-89 days: the milder loss; under 30 days: the larger one. */
function scoreRetention(
  sheet: ScoreSheet,
  days: number | null | undefined,
  field: string,
  code: string,
  unknownCode: string,
  subject: string,
  unknownMessage: string,
  shortImpact: number,
  mediumImpact: number,
): void {
  if (!isKnownNumber(days)) {
    sheet.unknown(field, unknownCode, mediumImpact, unknownMessage);
    return;
  }
  sheet.known();
  if (days >= EVIDENCE_RETENTION_DAYS) return;
  sheet.lose(
    code,
    days >= 30 ? mediumImpact : shortImpact,
    `${subject} kept ${days} days: theft noticed later cannot be proven; keep at least ${EVIDENCE_RETENTION_DAYS} days.`,
  );
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
