namespace CoopAlliance.Domain.Network;

public enum OrganizationKind
{
    CreditUnion = 1,
    CommunityLender = 2,
    LoanFund = 3,
    Developer = 4,
    Union = 5,
    Federation = 6,
    University = 7,
    Municipality = 8,
    Supplier = 9,
    Other = 10,
}

/// <summary>What an allied organisation is to a member co-op.</summary>
public enum RelationshipKind
{
    BankingPartner = 1,
    Lender = 2,
    Supplier = 3,
    Customer = 4,
    Developer = 5,
}

/// <summary>Seen from the co-op that recorded the tie: it buys from the counterpart, or sells to it.</summary>
public enum TieDirection
{
    Buys = 1,
    Sells = 2,
}

public static class NetworkWords
{
    public static string Describe(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.CreditUnion => "Credit union",
        OrganizationKind.CommunityLender => "Community lender",
        OrganizationKind.LoanFund => "Loan fund",
        OrganizationKind.Developer => "Incubator or co-op developer",
        OrganizationKind.Union => "Union",
        OrganizationKind.Federation => "Co-op federation",
        OrganizationKind.University => "University",
        OrganizationKind.Municipality => "Municipality",
        OrganizationKind.Supplier => "Supplier",
        _ => "Other",
    };

    public static string Describe(this RelationshipKind kind) => kind switch
    {
        RelationshipKind.BankingPartner => "Banking partner",
        _ => kind.ToString(),
    };

    public static string Describe(this TieDirection direction) => direction == TieDirection.Buys ? "Buys from" : "Sells to";
}
