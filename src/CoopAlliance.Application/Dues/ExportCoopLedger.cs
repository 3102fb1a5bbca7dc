using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Dues;

public sealed record LedgerCsv(string FileName, string Content);

/// <summary>
/// A co-op's ledger as CSV, the same lines and running balance as on screen, for the treasurer's books or the co-op's
/// own (staff, or that co-op's rep; anyone else gets 404, as for the ledger itself).
/// </summary>
[AnySignedInUser]
public sealed record ExportCoopLedger(int CoopId) : IRequest<LedgerCsv>;

public sealed class ExportCoopLedgerHandler(IMediator sender, AllianceClock clock) : IRequestHandler<ExportCoopLedger, LedgerCsv>
{
    public async Task<LedgerCsv> Handle(ExportCoopLedger request, CancellationToken cancellationToken)
    {
        var ledger = await sender.Send(new GetCoopLedger(request.CoopId), cancellationToken);
        var csv = new CsvBuilder().Row("Date", "Kind", "What", "Amount", "Balance", "Invoice", "Payment", "Credit");
        foreach (var e in ledger.Entries)
        {
            csv.Row(e.On, e.Kind, e.Description, e.Amount, e.Balance, e.InvoiceId, e.PaymentId, e.CreditId);
        }

        return new LedgerCsv($"ledger-{ledger.CoopId}-{clock.Today:yyyy-MM-dd}.csv", csv.ToString());
    }
}
