/** The weights of one NAB application profile (NAB's `config/profiles.json` cost matrix; tnWeight is unused there too). */
export interface NabProfile {
  tpWeight: number;
  fpWeight: number;
  fnWeight: number;
}

export type NabProfileName = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';

/** NAB's three profiles, as its `config/profiles.json` defines them. */
export const NAB_PROFILES: Readonly<Record<NabProfileName, Readonly<NabProfile>>> = {
  standard: { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 },
  reward_low_FP_rate: { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 },
  reward_low_FN_rate: { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 },
};
