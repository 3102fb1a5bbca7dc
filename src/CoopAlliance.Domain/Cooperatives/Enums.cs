namespace CoopAlliance.Domain.Cooperatives;

public enum CoopKind
{
    WorkerCoop = 1,
    DemocraticWorkplace = 2,
    StartupInDevelopment = 3,
    ConversionInProgress = 4,
}

public enum Region
{
    WesternMassachusetts = 1,
    SouthernVermont = 2,
    Elsewhere = 3,
}

public enum RevenueBand
{
    Unknown = 0,
    Under100K = 1,
    From100KTo500K = 2,
    From500KTo1M = 3,
    From1MTo5M = 4,
    Over5M = 5,
}

public enum MembershipStatus
{
    Applicant = 1,
    UnderReview = 2,
    Active = 3,
    Lapsed = 4,
    Suspended = 5,
    Withdrawn = 6,
    Declined = 7,
}

public static class CoopWords
{
    public static string Describe(this CoopKind kind) => kind switch
    {
        CoopKind.WorkerCoop => "Worker co-op",
        CoopKind.DemocraticWorkplace => "Democratic workplace",
        CoopKind.StartupInDevelopment => "Start-up in development",
        CoopKind.ConversionInProgress => "Conversion in progress",
        _ => kind.ToString(),
    };

    public static string Describe(this Region region) => region switch
    {
        Region.WesternMassachusetts => "Western Massachusetts",
        Region.SouthernVermont => "Southern Vermont",
        Region.Elsewhere => "Elsewhere",
        _ => region.ToString(),
    };

    public static string Describe(this MembershipStatus status) => status switch
    {
        MembershipStatus.UnderReview => "Under review",
        _ => status.ToString(),
    };

    public static string Describe(this RevenueBand band) => band switch
    {
        RevenueBand.Unknown => "Not reported",
        RevenueBand.Under100K => "Under $100,000",
        RevenueBand.From100KTo500K => "$100,000 – $500,000",
        RevenueBand.From500KTo1M => "$500,000 – $1 million",
        RevenueBand.From1MTo5M => "$1 – $5 million",
        RevenueBand.Over5M => "Over $5 million",
        _ => band.ToString(),
    };
}
