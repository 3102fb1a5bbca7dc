using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Financing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>Loads the fund's rows and derives its figures with <see cref="FundLedger"/> (nothing is stored).</summary>
internal static class Fund
{
    public static async Task<(FundPosition Position, List<Loan> Loans)> LoadAsync(IAppDbContext db, DateOnly asOf, CancellationToken ct)
    {
        var contributions = await db.FundContributions.AsNoTracking().Where(c => c.ReceivedOn <= asOf).Select(c => c.Amount).ToListAsync(ct);
        var loans = await db.Loans.AsNoTracking().Include(l => l.TermsHistory).Include(l => l.Payments).ToListAsync(ct);
        var position = FundLedger.Of(contributions, loans.Where(l => l.DisbursedOn <= asOf).Select(l => l.FundFigures(asOf)));
        return (position, loans);
    }
}
