using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Operations;

namespace CoopAlliance.Domain.Tests.Operations;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public void ANewMessageIsPendingAndDueAtOnce()
    {
        var message = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);

        Assert.That(message.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(message.NextAttemptAt, Is.EqualTo(Now));
        Assert.That(message.Attempts, Is.Zero);
    }

    [Test]
    public void AOneTimeLinkStaysInTheBodyUntilDeliveryAndIsRemovedWhenTheMessageIsMarkedSent()
    {
        const string link = "https://office.example.coop/Account/AcceptInvitation?email=rita%40bread.example.coop&token=CfDJ8secret%2Bpart";
        var message = new OutboxMessage("rita@bread.example.coop", "You are invited",
            $"Dear Rita,\n\nChoose your password here:\n\n{link}\n\nSee https://example.coop/about for who we are.", Now);

        message.MarkAttemptFailed(Now, "Mailbox unavailable");
        Assert.That(message.Body, Does.Contain(link), "kept while the message still has to go out");
        message.MarkSent(Now.AddMinutes(1));

        Assert.That(message.Body, Does.Not.Contain("token").And.Not.Contain("CfDJ8secret"));
        Assert.That(message.Body, Is.EqualTo($"Dear Rita,\n\nChoose your password here:\n\n{OutboxMessage.RemovedLink}\n\nSee https://example.coop/about for who we are."));
    }

    [TestCase("https://x.example/Account/AcceptInvitation?token=abc", true)]
    [TestCase("http://x.example/reset?email=a%40b.coop&token=abc&next=%2F", true)]
    [TestCase("https://x.example/Account/AcceptInvitation?TOKEN=abc", true)]
    [TestCase("https://x.example/dues?year=2026", false)]
    [TestCase("https://x.example/tokens/help", false)]
    public void OnlyWebAddressesCarryingATokenAreRedacted(string text, bool redacted)
    {
        Assert.That(OutboxMessage.RedactOneTimeLinks(text), Is.EqualTo(redacted ? OutboxMessage.RemovedLink : text));
    }

    [Test]
    public void FailedAttemptsBackOffLongerEachTimeAndTheLastOneFailsTheMessage()
    {
        var message = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            message.MarkAttemptFailed(Now, "Mailbox unavailable");
            Assert.That(message.Status, Is.EqualTo(OutboxStatus.Pending), $"after attempt {attempt}");
            waits.Add(message.NextAttemptAt - Now);
        }

        message.MarkAttemptFailed(Now, "Mailbox unavailable");

        Assert.That(waits, Is.EqualTo(new[] { 1, 4, 9, 16 }.Select(m => TimeSpan.FromMinutes(m))));
        Assert.That(message.Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(message.Attempts, Is.EqualTo(OutboxMessage.MaxAttempts));
        Assert.That(message.LastError, Is.EqualTo("Mailbox unavailable"));
    }

    [Test]
    public void SendingReleasesTheClaimAndClearsTheLastError()
    {
        var message = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);
        message.MarkAttemptFailed(Now, "Timeout");

        message.MarkSent(Now.AddMinutes(2));

        Assert.That(message.Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(message.SentAt, Is.EqualTo(Now.AddMinutes(2)));
        Assert.That(message.Attempts, Is.EqualTo(2));
        Assert.That(message.LastError, Is.Null);
        Assert.That(message.ClaimedBy, Is.Null);
    }

    [Test]
    public void RetryingAFailedMessageMakesItPendingAgainWithFreshAttempts()
    {
        var message = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            message.MarkAttemptFailed(Now, "Timeout");
        }

        message.Retry(Now.AddHours(1));

        Assert.That(message.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(message.Attempts, Is.Zero);
        Assert.That(message.NextAttemptAt, Is.EqualTo(Now.AddHours(1)));
    }

    [Test]
    public void OnlyAFailedMessageCanBeRetried()
    {
        var pending = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);
        pending.MarkAttemptFailed(Now, "Timeout");
        var sent = new OutboxMessage("ana@example.coop", "Welcome", "Hello", Now);
        sent.MarkSent(Now.AddMinutes(1));

        var stillPending = Assert.Throws<DomainRuleException>(() => pending.Retry(Now.AddHours(1)));
        var alreadySent = Assert.Throws<DomainRuleException>(() => sent.Retry(Now.AddHours(1)));

        Assert.That(stillPending!.Message, Does.Contain("still waiting to be sent"));
        Assert.That(alreadySent!.Message, Does.Contain("already sent"));
        Assert.That(pending.Attempts, Is.EqualTo(1), "nothing changed");
        Assert.That(pending.NextAttemptAt, Is.EqualTo(Now.AddMinutes(1)));
        Assert.That(sent.Status, Is.EqualTo(OutboxStatus.Sent));
    }

    [Test]
    public void AVeryLongErrorIsCutToFit()
    {
        var message = new OutboxMessage("maria@example.coop", "Welcome", "Hello", Now);

        message.MarkAttemptFailed(Now, new string('x', 5000));

        Assert.That(message.LastError, Has.Length.EqualTo(2000));
    }
}

public sealed class DataReviewFindingTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Test]
    public void ANewFindingIsOpenAndRemembersWhenItWasFirstFlagged()
    {
        var finding = new DataReviewFinding(4, ["email", "phone"], Monday);

        Assert.That(finding.IsOpen, Is.True);
        Assert.That(finding.MissingFields, Is.EqualTo("email, phone"));
        Assert.That(finding.FirstFlaggedOn, Is.EqualTo(Monday));
    }

    [Test]
    public void ReviewingAgainWithTheSameGapsChangesNothingButTheReviewDate()
    {
        var finding = new DataReviewFinding(4, ["email"], Monday);

        var changed = finding.Review(["email"], Monday.AddDays(1));

        Assert.That(changed, Is.False);
        Assert.That(finding.FirstFlaggedOn, Is.EqualTo(Monday));
        Assert.That(finding.LastReviewedOn, Is.EqualTo(Monday.AddDays(1)));
    }

    [Test]
    public void ResolvingCountsOnceAndAGapThatReturnsReopensTheFindingFromThatDay()
    {
        var finding = new DataReviewFinding(4, ["email"], Monday);

        Assert.That(finding.Resolve(Monday.AddDays(1)), Is.True);
        Assert.That(finding.Resolve(Monday.AddDays(2)), Is.False);
        Assert.That(finding.IsOpen, Is.False);
        Assert.That(finding.ResolvedOn, Is.EqualTo(Monday.AddDays(1)));

        Assert.That(finding.Review(["email"], Monday.AddDays(5)), Is.True);
        Assert.That(finding.IsOpen, Is.True);
        Assert.That(finding.FirstFlaggedOn, Is.EqualTo(Monday.AddDays(5)));
    }
}

public sealed class JobRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public void ARunStartsRunningAndRecordsHowItEnded()
    {
        var run = new JobRun("data-review", "2026-11-23", Now);
        Assert.That(run.Status, Is.EqualTo(JobRunStatus.Running));

        run.Succeed(Now.AddMinutes(1), 25, 3, "25 reviewed");

        Assert.That(run.Status, Is.EqualTo(JobRunStatus.Succeeded));
        Assert.That(run.FinishedAt, Is.EqualTo(Now.AddMinutes(1)));
        Assert.That((run.Processed, run.Changed), Is.EqualTo((25, 3)));
    }

    [Test]
    public void AFailedRunCanBeRestartedUnderTheSameKey()
    {
        var run = new JobRun("data-review", "2026-11-23", Now);
        run.Fail(Now.AddMinutes(1), new string('e', 5000));
        Assert.That(run.Log, Has.Length.EqualTo(4000));

        run.Restart(Now.AddHours(1));

        Assert.That(run.Status, Is.EqualTo(JobRunStatus.Running));
        Assert.That(run.StartedAt, Is.EqualTo(Now.AddHours(1)));
        Assert.That(run.FinishedAt, Is.Null);
        Assert.That(run.RunKey, Is.EqualTo("2026-11-23"));
    }
}
