/** The three reports of a period as the API answers them (the fields the page shows). */
export interface NamedSociety {
  readonly societyId: string;
  readonly name: string;
}

export interface CoverageReport {
  readonly organisation: {
    readonly on: string;
    readonly registered: number;
    readonly council: number;
    readonly secretariat: number;
    readonly otherMeans: number;
    readonly joint: number;
    readonly instructor: number;
    readonly covered: number;
    readonly uncovered: readonly NamedSociety[];
  };
  readonly work: {
    readonly registered: number;
    readonly covered: number;
    readonly uncovered: readonly NamedSociety[];
  };
}

export interface Standing extends NamedSociety {
  readonly place: number;
  readonly completeness: number | null;
  readonly met: number;
  readonly slots: number;
  readonly attendance: number | null;
}

export interface ListsReport {
  readonly weighed: number;
  readonly tableIsDefault: boolean;
  readonly redListSize: number;
  readonly blackListSize: number;
  readonly red: readonly Standing[];
  readonly black: readonly Standing[];
}

export interface Component {
  readonly component: string;
  readonly points: number;
  readonly ratio: number | null;
  readonly weight: number;
  readonly inputs: Readonly<Record<string, number | null>>;
}

export interface Ranked extends NamedSociety {
  readonly rank: number;
  readonly score: number;
  readonly components: readonly Component[];
}

export interface RankingReport {
  readonly weightsAreDefault: boolean;
  readonly weights: Readonly<Record<string, number>>;
  readonly ranking: readonly Ranked[];
}
