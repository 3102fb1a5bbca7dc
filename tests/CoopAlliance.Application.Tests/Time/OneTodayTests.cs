using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Tests.Time;

/// <summary>
/// The alliance has one "today": its calendar day in its zone (America/New_York here). Late in the evening, when
/// UTC has already moved on to the next day (and month), the dues job's period, the invoice's issue and due dates,
/// the "not in the future" check on a payment and an assistance request's SLA due date all still count from the
/// alliance's day, and agree with each other.
/// </summary>
public sealed class OneTodayTests : TestBase
{
    /// <summary>Monday 30 November 2026, the last day of the month in the alliance's zone.</summary>
    private static readonly DateOnly AlliancesDay = new(2026, 11, 30);

    private static void SetClock(string when)
    {
        switch (when)
        {
            case "23:30 local":
                Clock.SetLocal(2026, 11, 30, 23, 30); // 04:30 UTC on 1 December (winter: UTC−5)
                Assert.That(Clock.UtcNow, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 4, 30, 0, TimeSpan.Zero)));
                break;
            case "00:30 UTC":
                Clock.UtcNow = new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero); // 19:30 local on 30 November
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(when));
        }
    }

    [TestCase("23:30 local")]
    [TestCase("00:30 UTC")]
    public async Task LateInTheEveningEveryPartCountsFromTheAlliancesDayNotUtcs(string when)
    {
        await SendAsync(new CreateDuesPolicy("Flat dues", new DateOnly(2026, 11, 1), BillingFrequency.Monthly, 30, 25,
            [new TierInput("All members", null, [new ComponentInput(DuesScheme.Flat, Amount: 1200)])]));
        var coopId = await AddActiveCoopAsync();
        SetClock(when);

        Assert.That(Testing.Services.GetRequiredService<AllianceClock>().Today, Is.EqualTo(AlliancesDay));
        Assert.That(Clock.Today, Is.EqualTo(AlliancesDay), "the tests' clock counts days as the application does");

        // The scheduled invoice job bills the alliance's month (November), not the month UTC has reached.
        using (var scope = Testing.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DuesInvoiceJob>().RunAsync(CancellationToken.None);
        }

        var invoice = await WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync());
        Assert.That(invoice.PeriodKey, Is.EqualTo("2026-11"));
        Assert.That(invoice.IssuedOn, Is.EqualTo(AlliancesDay));
        Assert.That(invoice.DueOn, Is.EqualTo(AlliancesDay.AddDays(30)));

        // A payment received "tomorrow" is in the future for the alliance, even though it is already that day in UTC.
        var tomorrow = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new RecordPayment(invoice.Id, 10m, AlliancesDay.AddDays(1), PaymentMethod.Check, null)));
        Assert.That(tomorrow!.Errors[nameof(RecordPayment.ReceivedOn)], Does.Contain("The day received cannot be in the future."));
        await SendAsync(new RecordPayment(invoice.Id, 10m, AlliancesDay, PaymentMethod.Check, null));

        // A request sent now has its SLA counted from the alliance's day.
        RunAsRep(coopId);
        var requestId = await SendAsync(new SubmitAssistanceRequest
        {
            Category = AssistanceCategory.FinanceAndBookkeeping,
            Title = "Close the books for November",
            Description = "We need help with the month-end close.",
            Urgency = Priority.Urgent,
            PreferredContact = ContactMethod.Email,
        });
        RunAsStaff();
        var sla = Testing.Services.GetRequiredService<IOptions<AssistanceOptions>>().Value.SlaPolicy();
        var expected = sla.DueDates(Priority.Urgent, AlliancesDay);
        Assert.That(expected, Is.Not.EqualTo(sla.DueDates(Priority.Urgent, AlliancesDay.AddDays(1))), "the scenario tells the two days apart");
        var request = await SendAsync(new GetAssistanceRequest(requestId));
        Assert.That((request.FirstResponseDueOn, request.ResolutionDueOn), Is.EqualTo((expected.FirstResponseDueOn, expected.ResolutionDueOn)));
    }

    [TestCase("23:30 local")]
    [TestCase("00:30 UTC")]
    public void TheAlliancesClockGivesTheLocalTimeAndTheDaysStart(string when)
    {
        SetClock(when);
        var clock = Testing.Services.GetRequiredService<AllianceClock>();

        Assert.That(clock.Now.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
        Assert.That(clock.Now, Is.EqualTo(Clock.UtcNow), "the same instant, shown in the alliance's zone");
        Assert.That(DateOnly.FromDateTime(clock.Now.DateTime), Is.EqualTo(AlliancesDay));
        Assert.That(clock.StartOf(AlliancesDay), Is.EqualTo(new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero)));
        Assert.That(clock.FirstOfThisMonth, Is.EqualTo(new DateOnly(2026, 11, 1)));
    }
}
