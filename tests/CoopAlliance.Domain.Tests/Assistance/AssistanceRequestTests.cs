using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Assistance;

public sealed class AssistanceRequestTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Rep = new(2, "Rita Rep");
    private static readonly Actor Staff = new(1, "Sam Staff");
    private static readonly SlaDueDates Due = new(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 21));

    private static AssistanceRequest NewRequest() => AssistanceRequest.Submit(7,
        new AssistanceRequestDetails(AssistanceCategory.LegalAndBylaws, "Update our bylaws", "We are adding a second class of members.",
            Priority.Normal, ContactMethod.Email, "maria@example.coop"), Due, Rep, Monday);

    private static Provider NewProvider(string name = "Dana Lawyer")
    {
        var provider = new Provider(new ProviderDetails(ProviderKind.External, null, name, "Co-op Law Collective", "dana@law.coop", null,
            "bylaws", 120m, Billing.Subsidized));
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(provider, name.Length);
        return provider;
    }

    private static AssistanceRequest InProgress(Provider? provider = null)
    {
        var request = NewRequest();
        request.Triage(Priority.High, AssistanceCategory.LegalAndBylaws, Due, 4m, Staff, Monday, null);
        request.Assign(provider ?? NewProvider(), Staff, Monday, null);
        request.Start(Staff, Monday, null);
        return request;
    }

    [Test]
    public void ASubmittedRequestStartsItsTimelineWithTheRep()
    {
        var request = NewRequest();

        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.Submitted));
        Assert.That(request.Priority, Is.EqualTo(Priority.Normal));
        var first = request.Timeline.Single();
        Assert.That(first.Kind, Is.EqualTo(AssistanceEventKind.Submitted));
        Assert.That(first.ByName, Is.EqualTo("Rita Rep"));
        Assert.That(first.At, Is.EqualTo(Monday));
    }

    [Test]
    public void TheHappyPathRecordsEveryStepWithWhoWhenAndWhy()
    {
        var provider = NewProvider();
        var request = NewRequest();

        request.Triage(Priority.High, AssistanceCategory.GovernanceAndFacilitation, Due, 6m, Staff, Monday.AddHours(1), "Board meeting soon");
        request.Assign(provider, Staff, Monday.AddHours(2), null);
        request.Start(Staff, Monday.AddHours(3), null);
        request.WaitOnCoop("Send us your current bylaws", Staff, Monday.AddHours(4));
        request.Resume(Staff, Monday.AddHours(5), null);
        request.Resolve("New bylaws drafted and adopted", Staff, Monday.AddHours(6));
        request.Close(Staff, Monday.AddHours(7), null);

        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.Closed));
        Assert.That(request.Timeline.Select(e => e.Kind), Is.EqualTo(new[]
        {
            AssistanceEventKind.Submitted, AssistanceEventKind.Triaged, AssistanceEventKind.Assigned, AssistanceEventKind.Started,
            AssistanceEventKind.WaitingOnCoop, AssistanceEventKind.Resumed, AssistanceEventKind.Resolved, AssistanceEventKind.Closed,
        }));
        var triage = request.Timeline.ElementAt(1);
        Assert.That(triage.From, Is.EqualTo(AssistanceStatus.Submitted));
        Assert.That(triage.To, Is.EqualTo(AssistanceStatus.Triaged));
        Assert.That(triage.Note, Does.Contain("priority Normal → High").And.Contain("Governance & facilitation").And.Contain("Board meeting soon"));
        Assert.That(request.Timeline.ElementAt(4).Note, Is.EqualTo("Send us your current bylaws"));
        Assert.That(request.Priority, Is.EqualTo(Priority.High));
        Assert.That(request.Category, Is.EqualTo(AssistanceCategory.GovernanceAndFacilitation));
        Assert.That(request.ProviderId, Is.EqualTo(provider.Id));
        Assert.That(request.FirstRespondedAt, Is.EqualTo(Monday.AddHours(1)));
        Assert.That(request.ResolvedAt, Is.EqualTo(Monday.AddHours(6)));
        Assert.That(request.Resolution, Is.EqualTo("New bylaws drafted and adopted"));
    }

    [Test]
    public void AnInvalidStepIsRefusedWithAClearMessageAndChangesNothing()
    {
        var request = NewRequest();

        var refused = Assert.Throws<DomainRuleException>(() => request.Resolve("done", Staff, Monday));

        Assert.That(refused!.Message, Is.EqualTo(
            "This request is submitted, so you cannot resolve it; only a request that is in progress or waiting on co-op can be."));
        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.Submitted));
        Assert.That(request.Timeline, Has.Count.EqualTo(1));
        Assert.That(request.ResolvedAt, Is.Null);
    }

    [Test]
    public void AssigningBeforeTriageIsRefused()
    {
        var request = NewRequest();

        var refused = Assert.Throws<DomainRuleException>(() => request.Assign(NewProvider(), Staff, Monday, null));

        Assert.That(refused!.Message, Does.Contain("Triage"));
        Assert.That(request.ProviderId, Is.Null);
    }

    [TestCase(AssistanceStatus.Submitted)]
    [TestCase(AssistanceStatus.Triaged)]
    public void ARequestCanBeDeclinedWithAReasonBeforeItIsAssigned(AssistanceStatus from)
    {
        var request = NewRequest();
        if (from == AssistanceStatus.Triaged)
        {
            request.Triage(Priority.Low, AssistanceCategory.Other, Due, null, Staff, Monday, null);
        }

        request.Decline("Outside what the alliance offers; try the SBDC", Staff, Monday.AddHours(1));

        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.Declined));
        Assert.That(request.DeclineReason, Is.EqualTo("Outside what the alliance offers; try the SBDC"));
        Assert.That(request.Timeline.Last().From, Is.EqualTo(from));
    }

    [Test]
    public void DecliningNeedsAReasonAndIsRefusedOnceAssigned()
    {
        Assert.Throws<DomainRuleException>(() => NewRequest().Decline("  ", Staff, Monday));
        var assigned = InProgress();

        var refused = Assert.Throws<DomainRuleException>(() => assigned.Decline("No", Staff, Monday));

        Assert.That(refused!.Message, Does.Contain("only a request that is submitted or triaged can be"));
    }

    [Test]
    public void ARepCanReopenWithinThirtyDaysOfResolution()
    {
        var request = InProgress();
        request.Resolve("Done", Staff, Monday);

        request.Reopen("The county rejected the filing", byStaff: false, Rep, Monday.AddDays(30));

        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.InProgress));
        Assert.That(request.ResolvedAt, Is.Null);
        Assert.That(request.Timeline.Last().Kind, Is.EqualTo(AssistanceEventKind.Reopened));
        Assert.That(request.Timeline.Last().Note, Is.EqualTo("The county rejected the filing"));
    }

    [Test]
    public void ARepCannotReopenMoreThanThirtyDaysAfterResolutionButStaffCan()
    {
        var request = InProgress();
        request.Resolve("Done", Staff, Monday);
        request.Close(Staff, Monday.AddDays(2), null);

        var refused = Assert.Throws<DomainRuleException>(() =>
            request.Reopen("Still broken", byStaff: false, Rep, Monday.AddDays(30).AddMinutes(1)));

        Assert.That(refused!.Message, Does.Contain("more than 30 days ago"));
        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.Closed));
        request.Reopen("Follow-up agreed with the board", byStaff: true, Staff, Monday.AddDays(60));
        Assert.That(request.Status, Is.EqualTo(AssistanceStatus.InProgress));
    }

    [Test]
    public void OnlyStaffWriteInternalCommentsAndAStaffReplyIsTheFirstResponse()
    {
        var request = NewRequest();

        Assert.Throws<DomainRuleException>(() => request.Comment("psst", isInternal: true, byStaff: false, Rep, Monday));
        request.Comment("Internal: check their dues first", isInternal: true, byStaff: true, Staff, Monday.AddHours(1));
        Assert.That(request.FirstRespondedAt, Is.Null, "an internal note is not a response to the co-op");
        request.Comment("We will call you tomorrow", isInternal: false, byStaff: true, Staff, Monday.AddHours(2));

        Assert.That(request.FirstRespondedAt, Is.EqualTo(Monday.AddHours(2)));
        Assert.That(request.Comments, Has.Count.EqualTo(2));
    }

    [Test]
    public void RatingIsOnlyAfterResolutionAndFromOneToFive()
    {
        var request = InProgress();
        Assert.Throws<DomainRuleException>(() => request.Rate(5, null, Rep, Monday));
        request.Resolve("Done", Staff, Monday);

        Assert.Throws<DomainRuleException>(() => request.Rate(6, null, Rep, Monday));
        request.Rate(4, "Very helpful", Rep, Monday.AddDays(1));

        Assert.That(request.Rating, Is.EqualTo(4));
        Assert.That(request.RatingComment, Is.EqualTo("Very helpful"));
    }

    [Test]
    public void TimeIsLoggedAtTheProvidersRateOnceAssigned()
    {
        var provider = NewProvider();
        Assert.Throws<DomainRuleException>(() => NewRequest().LogTime(provider, new DateOnly(2026, 11, 23), 1m, null, Billing.Subsidized, Staff, Monday));
        var request = InProgress(provider);

        var entry = request.LogTime(provider, new DateOnly(2026, 11, 23), 1.5m, "Call with the board", Billing.BilledToCoop, Staff, Monday);

        Assert.That(entry.Amount, Is.EqualTo(180m));
        Assert.That(entry.CooperativeId, Is.EqualTo(7));
        Assert.Throws<DomainRuleException>(() => request.LogTime(provider, new DateOnly(2026, 11, 23), 0m, null, Billing.Subsidized, Staff, Monday));
        Assert.Throws<DomainRuleException>(() => request.LogTime(provider, new DateOnly(2026, 11, 30), 1m, null, Billing.Subsidized, Staff, Monday));
    }

    [Test]
    public void TheHoursFlagIsRaisedOnceAndClearedByApproval()
    {
        var request = InProgress();

        Assert.That(request.FlagForHoursApproval("Beyond the bank", Staff, Monday), Is.True);
        Assert.That(request.FlagForHoursApproval("Again", Staff, Monday), Is.False);
        request.ApproveHours(Staff, Monday, "Board agreed");

        Assert.That(request.NeedsHoursApproval, Is.False);
        Assert.That(request.HoursApprovedByName, Is.EqualTo("Sam Staff"));
        Assert.That(request.FlagForHoursApproval("Once more", Staff, Monday), Is.False, "approved once for the request");
        Assert.That(request.Timeline.Count(e => e.Kind == AssistanceEventKind.HoursFlagged), Is.EqualTo(1));
    }

    [Test]
    public void AttachmentsAreCheckedByTypeSizeAndContent()
    {
        var request = NewRequest();
        var pdf = "%PDF-1.7 minimal"u8.ToArray();

        var attachment = request.Attach("../../etc/Bylaws 2026.pdf", pdf, 1024, Rep, Monday);

        Assert.That(attachment.FileName, Is.EqualTo("Bylaws 2026.pdf"));
        Assert.That(attachment.ContentType, Is.EqualTo("application/pdf"));
        Assert.That(Assert.Throws<DomainRuleException>(() => request.Attach("run.exe", pdf, 1024, Rep, Monday))!.Message, Does.Contain("cannot be attached"));
        Assert.That(Assert.Throws<DomainRuleException>(() => request.Attach("fake.pdf", "<html>"u8.ToArray(), 1024, Rep, Monday))!.Message, Does.Contain("not a PDF"));
        Assert.That(Assert.Throws<DomainRuleException>(() => request.Attach("big.pdf", pdf, 4, Rep, Monday))!.Message, Does.Contain("at most"));
        Assert.That(request.Attachments, Has.Count.EqualTo(1));
    }
}
