using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Cooperatives;

/// <summary>Co-ops in a chosen state for the domain tests, and a uniform way to make any membership transition.</summary>
internal static class CoopFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly Actor Staff = new(7, "Sam Staff");

    public static CoopProfile CompleteProfile(string legalName = "Pioneer Valley Bread Cooperative") =>
        new(legalName, null, CoopKind.WorkerCoop, "Bakery", "12 Main St", "Northampton", "MA", "01060",
            Region.WesternMassachusetts, new DateOnly(2009, 5, 1), 10, 2, RevenueBand.From500KTo1M, "https://bread.example.coop",
            "info@bread.example.coop", "413-555-0100", "Bread baked by its worker-owners.");

    public static PersonDetails Contact(string name = "Maria Alvarez", bool primary = true) =>
        new(name, "Member coordinator", name.Split(' ')[0].ToLowerInvariant() + "@bread.example.coop", "413-555-0101", true,
            new DateOnly(2015, 3, 1), primary);

    /// <summary>A co-op that staff registered directly in <paramref name="status"/>, with a primary contact.</summary>
    public static Cooperative InStatus(MembershipStatus status, DateOnly? memberSince = null)
    {
        var coop = Cooperative.Register(CompleteProfile(), status, memberSince ?? new DateOnly(2020, 1, 15), Actor.System, Now.AddDays(-30));
        coop.AddPerson(Contact());
        return coop;
    }

    /// <summary>Makes the transition with valid arguments (a reason, a past board vote, an effective date).</summary>
    public static void Make(Cooperative coop, MembershipTransition transition, Actor by, DateTimeOffset at, string reason = "Board minutes of November") =>
        MakeWith(coop, transition, by, at, reason, boardVoteOn: DateOnly.FromDateTime(at.UtcDateTime).AddDays(-1),
            effectiveOn: DateOnly.FromDateTime(at.UtcDateTime).AddDays(7));

    public static void MakeWith(Cooperative coop, MembershipTransition transition, Actor by, DateTimeOffset at, string reason,
        DateOnly boardVoteOn, DateOnly effectiveOn)
    {
        switch (transition)
        {
            case MembershipTransition.StartReview: coop.StartReview(by, at, reason); break;
            case MembershipTransition.Approve: coop.Approve(boardVoteOn, by, at, reason); break;
            case MembershipTransition.Decline: coop.Decline(reason, by, at); break;
            case MembershipTransition.Lapse: coop.Lapse(reason, by, at); break;
            case MembershipTransition.Reinstate: coop.Reinstate(reason, by, at); break;
            case MembershipTransition.Suspend: coop.Suspend(reason, by, at); break;
            case MembershipTransition.Withdraw: coop.Withdraw(reason, effectiveOn, by, at); break;
            case MembershipTransition.Reapply: coop.Reapply(by, at, reason); break;
            default: throw new ArgumentOutOfRangeException(nameof(transition), transition, "Not a transition a person makes.");
        }
    }
}
