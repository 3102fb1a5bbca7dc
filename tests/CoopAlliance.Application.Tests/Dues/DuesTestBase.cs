using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Tests.Dues;

/// <summary>Dues tests start on 1 January 2027 with the default dues options.</summary>
public abstract class DuesTestBase : TestBase
{
    protected static DuesOptions Options => Testing.Services.GetRequiredService<IOptions<DuesOptions>>().Value;

    [SetUp]
    public void ResetDues()
    {
        Options.BatchSize = 1000;
        Options.FailAfterBatches = null;
        Options.GraceDays = 60;
        Options.ReminderDays = "7,30";
        Options.BackfillPeriods = 3;
        Clock.Set(2027, 1, 1, 11);
    }

    /// <summary>A monthly policy of $1,200 a year ($100 a month), due 30 days after issue.</summary>
    protected static Task<int> AddMonthlyPolicyAsync(decimal annual = 1200, DateOnly? from = null, string name = "Flat dues") =>
        SendAsync(new CreateDuesPolicy(name, from ?? new DateOnly(2027, 1, 1), BillingFrequency.Monthly, 30, 25,
            [new TierInput("All members", null, [new ComponentInput(DuesScheme.Flat, Amount: annual)])]));

    protected static async Task<List<int>> AddCoopsAsync(int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await AddActiveCoopAsync($"Member Co-op {i:000}"));
        }

        return ids;
    }

    protected static Task<List<Invoice>> InvoicesAsync(string? period = null) =>
        WithDbAsync(db => db.Invoices.AsNoTracking().Where(i => period == null || i.PeriodKey == period).OrderBy(i => i.Id).ToListAsync());
}
