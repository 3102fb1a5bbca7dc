using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Domain.Tests.Conversions;

public sealed class ConversionTests
{
    private static readonly Actor Staff = new(1, "Sam Staff");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    internal static ConversionProfile Bakery(params ConversionWorkerDetails[] workers) => new(
        "Main Street Bakery", "Bakery", Region.WesternMassachusetts, "Greenfield", "ma", "Ruth Baker", "ruth@mainstreetbakery.example", "413-555-0100",
        ConversionReason.Retiring, new DateOnly(2027, 6, 30), "Wants to retire by next summer", 412_500.555m,
        workers.Length > 0 ? workers :
        [
            new("Ana Silva", "Head baker", "ana@example.coop", true),
            new("Ben Ortiz", "Counter", null, true),
            new("Cleo Ng", "Driver", "cleo@example.coop", false),
        ]);

    private static Conversion AtBuyInPlan(ConversionProfile? profile = null)
    {
        var c = new Conversion(profile ?? Bakery(), Staff, At);
        foreach (var stage in new[] { ConversionStage.FirstConversation, ConversionStage.Feasibility, ConversionStage.Valuation, ConversionStage.BuyInPlan })
        {
            c.MoveTo(stage, null, Staff, At.AddDays((int)stage));
        }

        return c;
    }

    [Test]
    public void ANewConversionIsALeadWithItsWorkersAndOneHistoryRow()
    {
        var c = new Conversion(Bakery(), Staff, At);

        Assert.That(c.Stage, Is.EqualTo(ConversionStage.Lead));
        Assert.That(c.State, Is.EqualTo("MA"));
        Assert.That(c.Valuation, Is.EqualTo(412_500.56m), "rounded to cents, half away from zero");
        Assert.That(c.Workers.Select(w => w.Name), Is.EqualTo(new[] { "Ana Silva", "Ben Ortiz", "Cleo Ng" }));
        Assert.That(c.History.Single().To, Is.EqualTo(ConversionStage.Lead));
    }

    [Test]
    public void AConversionMovesForwardOneStageAtATimeAndRecordsEachMove()
    {
        var c = new Conversion(Bakery(), Staff, At);
        c.MoveTo(ConversionStage.FirstConversation, "Met Ruth at the shop", Staff, At.AddDays(3));

        Assert.That(c.Stage, Is.EqualTo(ConversionStage.FirstConversation));
        Assert.That(c.StageChangedAt, Is.EqualTo(At.AddDays(3)));
        var last = c.History.Last();
        Assert.That((last.From, last.To, last.Note, last.ByName), Is.EqualTo(((ConversionStage?)ConversionStage.Lead, ConversionStage.FirstConversation, "Met Ruth at the shop", "Sam Staff")));

        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.Valuation, null, Staff, At), "skipping feasibility");
        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.Lead, null, Staff, At), "going back");
        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.FirstConversation, null, Staff, At), "staying");
        Assert.Throws<DomainRuleException>(() => c.MoveTo((ConversionStage)99, null, Staff, At));
        Assert.That(c.Stage, Is.EqualTo(ConversionStage.FirstConversation));
    }

    [Test]
    public void ConvertedCannotBeReachedByAMoveOnlyByTheHandOff()
    {
        var c = AtBuyInPlan();
        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.Converted, null, Staff, At));
        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.NotConverted + 1, null, Staff, At));
        Assert.That(c.Stage, Is.EqualTo(ConversionStage.BuyInPlan));
    }

    [TestCase(ConversionStage.Lead)]
    [TestCase(ConversionStage.Feasibility)]
    [TestCase(ConversionStage.BuyInPlan)]
    public void AnyOpenStageCanEndAsNotConvertedWithAReason(ConversionStage from)
    {
        var c = new Conversion(Bakery(), Staff, At);
        while (c.Stage < from)
        {
            c.MoveTo(c.Stage + 1, null, Staff, At);
        }

        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.NotConverted, "  ", Staff, At), "the reason is required");
        c.MoveTo(ConversionStage.NotConverted, "The owner sold to a competitor", Staff, At.AddDays(40));

        Assert.That(c.Stage, Is.EqualTo(ConversionStage.NotConverted));
        Assert.That(c.NotConvertedReason, Is.EqualTo("The owner sold to a competitor"));
        Assert.That(c.IsOpen, Is.False);
        Assert.Throws<DomainRuleException>(() => c.MoveTo(from, null, Staff, At), "a closed conversion stays closed");
        Assert.Throws<DomainRuleException>(() => c.Edit(Bakery()));
        Assert.Throws<DomainRuleException>(() => c.DevelopingCoopProfile());
        c.AddNote("Ruth may call back next year", Staff, At.AddDays(50));
        Assert.That(c.Notes.Single().Stage, Is.EqualTo(ConversionStage.NotConverted));
    }

    [Test]
    public void NotesBelongToTheStageTheyWereWrittenAt()
    {
        var c = new Conversion(Bakery(), Staff, At);
        c.AddNote("Referred by the credit union", Staff, At);
        c.MoveTo(ConversionStage.FirstConversation, null, Staff, At.AddDays(1));
        c.AddNote("Ruth wants the name kept", Staff, At.AddDays(2));

        Assert.That(c.Notes.Select(n => (n.Stage, n.Text)), Is.EqualTo(new[]
        {
            (ConversionStage.Lead, "Referred by the credit union"),
            (ConversionStage.FirstConversation, "Ruth wants the name kept"),
        }));
        Assert.Throws<DomainRuleException>(() => c.AddNote(" ", Staff, At));
    }

    [Test]
    public void OnlyABusinessWithABuyInPlanCanBeConverted()
    {
        var c = new Conversion(Bakery(), Staff, At);
        c.MoveTo(ConversionStage.FirstConversation, null, Staff, At);
        Assert.Throws<DomainRuleException>(() => c.DevelopingCoopProfile());
        Assert.Throws<DomainRuleException>(() => c.MarkConverted(7, Staff, At));
        Assert.That(c.DevelopingCoopId, Is.Null);
    }

    [Test]
    public void TheHandOffCarriesTheBusinessAndItsWorkersIntoADevelopingCoopProfile()
    {
        var c = AtBuyInPlan();

        var p = c.DevelopingCoopProfile();

        Assert.That(p.Name, Is.EqualTo("Main Street Bakery"));
        Assert.That(p.Kind, Is.EqualTo(DevelopingCoopKind.Conversion));
        Assert.That((p.Sector, p.Region, p.Town, p.State), Is.EqualTo(("Bakery", Region.WesternMassachusetts, "Greenfield", "MA")));
        Assert.That((p.ContactName, p.ContactEmail), Is.EqualTo(("Ana Silva", "ana@example.coop")), "the first interested worker with an email");
        Assert.That(p.Description, Does.StartWith("Converted from Main Street Bakery (owner retiring)."));
        Assert.That(p.Description, Does.Contain("3 workers, 2 interested in ownership: Ana Silva, Ben Ortiz."));
        Assert.That(p.Description, Does.Contain("Valued at 412,500.56."));
        Assert.That(p.Needs, Is.EqualTo(new[] { new Need(Skill.ConversionAndSuccession, NeedImportance.Essential) }));

        // The profile is one the mentoring pipeline accepts as it is.
        var coop = new DevelopingCoop(p, [], Staff, At);
        Assert.That(coop.Stage, Is.EqualTo(DevelopmentStage.Idea));
    }

    [Test]
    public void WithNoInterestedWorkerToReachTheOwnerIsTheContact()
    {
        var c = AtBuyInPlan(Bakery(new ConversionWorkerDetails("Dee Park", "Cook", "dee@example.coop", false)));

        var p = c.DevelopingCoopProfile();

        Assert.That((p.ContactName, p.ContactEmail, p.ContactPhone), Is.EqualTo(("Ruth Baker", "ruth@mainstreetbakery.example", "413-555-0100")));
        Assert.That(p.Description, Does.Contain("1 worker, 0 interested in ownership."));
    }

    [Test]
    public void MarkingConvertedLinksTheDevelopingCoopAndClosesTheConversionOnce()
    {
        var c = AtBuyInPlan();

        c.MarkConverted(42, Staff, At.AddDays(60));

        Assert.That(c.Stage, Is.EqualTo(ConversionStage.Converted));
        Assert.That(c.DevelopingCoopId, Is.EqualTo(42));
        Assert.That(c.History.Last().From, Is.EqualTo(ConversionStage.BuyInPlan));
        Assert.Throws<DomainRuleException>(() => c.MarkConverted(43, Staff, At), "never a second developing co-op");
        Assert.Throws<DomainRuleException>(() => c.MoveTo(ConversionStage.NotConverted, "changed mind", Staff, At));
        Assert.That(c.DevelopingCoopId, Is.EqualTo(42));
    }

    [Test]
    public void EditingReplacesTheWorkersAndRefusesANegativeValuation()
    {
        var c = new Conversion(Bakery(), Staff, At);
        c.Edit(Bakery(new ConversionWorkerDetails("Eve Stone", null, null, true)));
        Assert.That(c.Workers.Select(w => w.Name), Is.EqualTo(new[] { "Eve Stone" }));

        Assert.Throws<DomainRuleException>(() => c.Edit(Bakery() with { Valuation = -1 }));
        Assert.Throws<DomainRuleException>(() => c.Edit(Bakery() with { BusinessName = " " }));
        Assert.Throws<DomainRuleException>(() => c.Edit(Bakery(new ConversionWorkerDetails("", null, null, true))));
    }
}
