using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Domain.Tests.Assistance;

public sealed class SlaPolicyTests
{
    private static readonly SlaPolicy Policy = new(new BusinessCalendar([new DateOnly(2026, 11, 26)]),
        new Dictionary<Priority, SlaTarget> { [Priority.Urgent] = new(1, 3), [Priority.Normal] = new(3, 10) });

    [Test]
    public void DueDatesFollowThePriorityInBusinessDays()
    {
        var due = Policy.DueDates(Priority.Urgent, new DateOnly(2026, 11, 20)); // a Friday

        Assert.That(due.FirstResponseDueOn, Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(due.ResolutionDueOn, Is.EqualTo(new DateOnly(2026, 11, 25)));
    }

    [Test]
    public void APriorityWithoutConfiguredTargetsUsesTheDefaults()
    {
        Assert.That(Policy.TargetFor(Priority.Low), Is.EqualTo(SlaPolicy.DefaultTargets[Priority.Low]));
        Assert.That(Policy.TargetFor(Priority.Normal), Is.EqualTo(new SlaTarget(3, 10)));
    }

    [Test]
    public void ATargetIsOnTrackThenAtRiskThenBreached()
    {
        var due = new DateOnly(2026, 11, 30); // Monday after Thanksgiving

        Assert.That(Policy.Evaluate(due, null, new DateOnly(2026, 11, 24)), Is.EqualTo(SlaState.OnTrack), "Tue: Wed, Fri and Mon left");
        Assert.That(Policy.Evaluate(due, null, new DateOnly(2026, 11, 26)), Is.EqualTo(SlaState.OnTrack), "Thanksgiving: Fri and Mon left");
        Assert.That(Policy.Evaluate(due, null, new DateOnly(2026, 11, 27)), Is.EqualTo(SlaState.AtRisk), "Fri: only Monday left");
        Assert.That(Policy.Evaluate(due, null, due), Is.EqualTo(SlaState.AtRisk), "due today");
        Assert.That(Policy.Evaluate(due, null, due.AddDays(1)), Is.EqualTo(SlaState.Breached));
    }

    [Test]
    public void ADoneTargetIsMetOrMissedByTheDayItWasDone()
    {
        var due = new DateOnly(2026, 11, 30);

        Assert.That(Policy.Evaluate(due, due, due.AddDays(10)), Is.EqualTo(SlaState.Met));
        Assert.That(Policy.Evaluate(due, due.AddDays(1), due.AddDays(10)), Is.EqualTo(SlaState.Missed));
    }
}
