using CoopAlliance.Application.Assistance;
using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class HoursBankTests : AssistanceTestBase
{
    [Test]
    public async Task SubsidizedHoursCountInTheFiscalYearOfTheDayWorkedAndTheBankStartsAgainInTheNewYear()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        Clock.Set(2026, 12, 28);
        var id = await InProgressAsync(coopId, provider.Id);
        Clock.Set(2027, 1, 5);

        await SendAsync(new LogTime { Id = id, WorkedOn = new DateOnly(2026, 12, 29), Hours = 8m, Note = "Drafting" });
        await SendAsync(new LogTime { Id = id, WorkedOn = new DateOnly(2027, 1, 4), Hours = 4m, Note = "Board meeting" });

        var before = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(before.NeedsHoursApproval, Is.False, "8 hours in 2026 and 4 in 2027 each fit their year's 10");
        var lastYear = await SendAsync(new GetHoursBalance(coopId, new DateOnly(2026, 12, 31)));
        Assert.That((lastYear.FiscalYear, lastYear.Used, lastYear.Remaining), Is.EqualTo(("FY2026", 8m, 2m)));

        RunAsRep(coopId);
        var thisYear = await SendAsync(new GetHoursBalance());
        Assert.That((thisYear.FiscalYear, thisYear.Granted, thisYear.Used, thisYear.Remaining), Is.EqualTo(("FY2027", 10m, 4m, 6m)));
        Assert.That(thisYear.Start, Is.EqualTo(new DateOnly(2027, 1, 1)));

        RunAsStaff();
        await SendAsync(new LogTime { Id = id, WorkedOn = new DateOnly(2026, 12, 31), Hours = 3m, Note = "Late filing" });
        var after = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(after.NeedsHoursApproval, Is.True, "8 + 3 passes 2026's bank of 10");
        Assert.That(after.Timeline[^1].Kind, Is.EqualTo(AssistanceEventKind.HoursFlagged));
        Assert.That(after.Timeline[^1].Note, Does.Contain("FY2026"));
        Assert.That((await SendAsync(new GetHoursBalance(coopId))).Used, Is.EqualTo(4m), "the 2027 bank is untouched");
    }

    [Test]
    public async Task BilledHoursDoNotUseTheBank()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync(billing: Billing.BilledToCoop);
        var id = await InProgressAsync(coopId, provider.Id);

        await SendAsync(new LogTime { Id = id, WorkedOn = Clock.Today, Hours = 12m });

        Assert.That((await SendAsync(new GetHoursBalance(coopId))).Used, Is.Zero);
        Assert.That((await SendAsync(new GetAssistanceRequest(id))).NeedsHoursApproval, Is.False);
    }

    [Test]
    public async Task AnEstimateBeyondTheBankFlagsTheRequestUntilStaffApprove()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var first = await InProgressAsync(coopId, provider.Id);
        await SendAsync(new LogTime { Id = first, WorkedOn = Clock.Today, Hours = 7m });

        var second = await InProgressAsync(coopId, provider.Id, estimate: 5m);

        var flagged = await SendAsync(new GetAssistanceRequest(second));
        Assert.That(flagged.NeedsHoursApproval, Is.True, "7 used + 5 expected > 10");
        var queue = await SendAsync(new ListAssistanceRequests { NeedsHoursApproval = true });
        Assert.That(queue.Items.Select(i => i.Id), Is.EqualTo(new[] { second }));
        Assert.That((await SendAsync(new GetAssistanceDashboard())).NeedsHoursApproval, Is.EqualTo(1));

        await SendAsync(new ApproveExtraHours(second, "Board approved 2 extra hours"));
        await SendAsync(new LogTime { Id = second, WorkedOn = Clock.Today, Hours = 5m });

        var approved = await SendAsync(new GetAssistanceRequest(second));
        Assert.That(approved.NeedsHoursApproval, Is.False);
        Assert.That(approved.Timeline.Count(e => e.Kind == AssistanceEventKind.HoursFlagged), Is.EqualTo(1));
        Assert.That((await SendAsync(new GetHoursBalance(coopId))).Remaining, Is.EqualTo(-2m));
    }

    [Test]
    public async Task TimeEntriesExportAsCsvOneRowEachOrTotalledByProvider()
    {
        var coopId = await AddActiveCoopAsync();
        var dana = await AddProviderAsync();
        var lee = await AddProviderAsync("Lee Bookkeeper", Billing.BilledToCoop, 80m, "lee@books.coop");
        var id = await InProgressAsync(coopId, dana.Id);
        await SendAsync(new LogTime { Id = id, WorkedOn = Clock.Today, Hours = 2m, Note = "Call" });
        await SendAsync(new LogTime { Id = id, ProviderId = lee.Id, WorkedOn = Clock.Today, Hours = 1.5m, Note = "Books" });

        var entries = await SendAsync(new ExportTimeEntries());
        var byProvider = await SendAsync(new ExportTimeEntries { GroupBy = TimeEntryGrouping.Provider });

        var lines = entries.TrimEnd().Split("\r\n");
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Does.StartWith("Date,Provider,Co-op,Category"));
        Assert.That(lines[2], Does.Contain("Lee Bookkeeper").And.Contain("Legal & bylaws").And.Contain("1.5").And.Contain("120.00"));
        Assert.That(byProvider.TrimEnd().Split("\r\n"), Is.EqualTo(new[]
        {
            "Provider,Entries,Subsidized hours,Billed hours,Total hours,Billed amount",
            "Dana Lawyer,1,2,0,2,0.00",
            "Lee Bookkeeper,1,0,1.5,1.5,120.00",
        }));
    }
}
