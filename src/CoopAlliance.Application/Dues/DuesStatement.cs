using System.Globalization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>A generated file: what the browser saves it as and its bytes.</summary>
public sealed record PdfFile(string FileName, byte[] Content);

/// <summary>Who a statement is addressed to.</summary>
public sealed record StatementAddressee(int CoopId, string Name, IReadOnlyList<string> Address);

/// <summary>
/// The dues statement for one invoice, as a printable document: the alliance's letterhead, the invoice's lines
/// with their explanations, what settled it, the balance and how to pay. Every amount comes from the invoice and
/// the co-op's ledger (<see cref="DuesAccount"/>), so the statement says what the ledger says.
/// </summary>
public static class DuesStatement
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string FileName(string coopName, string periodKey, int invoiceId)
    {
        var slug = new string(coopName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return $"dues-statement-{slug.Trim('-')}-{periodKey}-{invoiceId}.pdf";
    }

    /// <summary>The statement of <paramref name="invoice"/>; settlementWords say what each payment or credit was, by kind and id (others get generic words).</summary>
    public static ReportDocument Compose(string allianceName, AlliancePaymentOptions payments, StatementAddressee to, Invoice invoice, DuesAccount account,
        IReadOnlyDictionary<(SettlementKind Kind, int Id), string> settlementWords, DateTimeOffset now)
    {
        var period = invoice.Period.Describe();
        var state = account.Invoices.FirstOrDefault(i => i.Invoice.Id == invoice.Id);
        var outstanding = state?.Outstanding ?? (invoice.IsVoid ? 0 : invoice.Total);
        // One account, one kind of statement: a premium invoice's says what it bills, with the same balance and ways to pay.
        var title = invoice.Kind switch
        {
            InvoiceKind.BenefitPremium => "Group benefit premiums statement",
            InvoiceKind.CampaignShare => "Joint campaign share statement",
            InvoiceKind.EventFee => "Event registrations statement",
            _ => "Dues statement",
        };
        var b = new ReportBuilder($"{title} for {period}")
            .Letterhead(allianceName, "Western Massachusetts and Southern Vermont", title)
            .Footer($"{to.Name} · invoice {invoice.Id} · {period}")
            .Metadata(author: allianceName, subject: $"{title} for {to.Name}, {period}", keywords: $"{Keyword(invoice.Kind)}, invoice {invoice.Id}, {invoice.PeriodKey}",
                createdAt: now);

        var pairs = new List<(string, string)> { ("Co-op", to.Name) };
        if (to.Address.Count > 0)
        {
            pairs.Add(("Address", string.Join(", ", to.Address)));
        }

        pairs.Add(("Invoice", $"{invoice.Id}"));
        pairs.Add(("Kind", invoice.Kind.Describe()));
        pairs.Add(("Billing period", $"{period} ({Day(invoice.PeriodStart)} – {Day(invoice.PeriodEnd)})"));
        pairs.Add(("Issued", Day(invoice.IssuedOn)));
        pairs.Add(("Due", Day(invoice.DueOn)));
        b.KeyValues([.. pairs]);
        b.Paragraph(Sentence(to.Name, invoice, state, outstanding, period));

        b.Heading(invoice.Kind switch
        {
            InvoiceKind.BenefitPremium => "How your premiums were computed",
            InvoiceKind.CampaignShare => "How your share was computed",
            InvoiceKind.EventFee => "The registrations charged",
            _ => "How your dues were computed",
        }, 2)
            .Table(t => t.Column("Item", 5).Column("Amount", 1, ColumnAlign.Right)
                .Rows(invoice.Lines, l => [l.Description, Money.Format(l.Amount)])
                .Totals($"Total for {period}", Money.Format(invoice.Total)));

        var settled = account.Allocations.Where(a => a.InvoiceId == invoice.Id).OrderBy(a => a.On).ToList();
        b.Heading("Payments and credits on this invoice", 2);
        if (settled.Count == 0)
        {
            b.Paragraph(invoice.IsVoid ? "None: this invoice is void." : "None yet.");
        }
        else
        {
            b.Table(t => t.Column("Date", 2).Column("What", 5).Column("Amount", 2, ColumnAlign.Right)
                .Rows(settled, a => [Day(a.On), settlementWords.GetValueOrDefault((a.Kind, a.SettlementId)) ?? Generic(a.Kind), Money.Format(a.Amount)])
                .Totals("Total paid and credited", "", Money.Format(settled.Sum(a => a.Amount))));
        }

        b.Heading("Balance", 2)
            .KeyValues(
                ("This invoice", Money.Format(invoice.IsVoid ? 0 : invoice.Total)),
                ("Paid and credited", Money.Format(settled.Sum(a => a.Amount))),
                ("Still owed on this invoice", Money.Format(outstanding)),
                ("Your co-op's balance", account.Balance < 0 ? $"{Money.Format(-account.Balance)} in credit" : Money.Format(account.Balance)));

        // How to pay and whom to ask, from configuration ("Alliance:Payments"): the real address, account and contacts.
        if (!invoice.IsVoid && outstanding > 0)
        {
            b.Heading("How to pay", 2).KeyValues([.. payments.Ways(invoice.Id)]).Paragraph(AlliancePaymentOptions.Hardship);
        }
        else
        {
            b.Heading("Questions", 2).KeyValues(("Phone", payments.Phone), ("Email", payments.Email));
        }

        return b.Build();
    }

    private static string Sentence(string coop, Invoice invoice, InvoiceState? state, decimal outstanding, string period)
    {
        if (invoice.IsVoid)
        {
            return $"This invoice was voided on {Day(invoice.VoidedOn!.Value)}: {invoice.VoidReason}. Nothing is owed on it.";
        }

        if (outstanding <= 0)
        {
            return $"The dues of {coop} for {period} are paid. Thank you.";
        }

        return state is { DaysOverdue: > 0 }
            ? $"{coop} owes {Money.Format(outstanding)} for {period}, which was due {Day(invoice.DueOn)} ({state.DaysOverdue} days ago)."
            : $"{coop} owes {Money.Format(outstanding)} for {period}, due {Day(invoice.DueOn)}.";
    }

    private static string Keyword(InvoiceKind kind) => kind switch
    {
        InvoiceKind.BenefitPremium => "premiums",
        InvoiceKind.CampaignShare => "campaign share",
        InvoiceKind.EventFee => "event registrations",
        _ => "dues",
    };

    public static string Generic(SettlementKind kind) => kind switch
    {
        SettlementKind.Payment => "Payment received, thank you",
        SettlementKind.LaborCredit => "Labor credit",
        _ => "Credit",
    };

    public static string Day(DateOnly day) => day.ToString("MMMM d, yyyy", Us);

    public static StatementAddressee Addressee(int coopId, string name, string? street, string? town, string? state, string? postalCode) =>
        new(coopId, name, new[] { street, string.Join(" ", new[] { town is null ? null : town + (state is null ? "" : ","), state, postalCode }.Where(s => !string.IsNullOrWhiteSpace(s))) }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList());

    /// <summary>Words for each payment and credit of a co-op, as the ledger shows them.</summary>
    public static async Task<Dictionary<(SettlementKind, int), string>> SettlementWordsAsync(IAppDbContext db, int coopId, CancellationToken ct) =>
        (await SettlementWordsAsync(db, [coopId], ct))[coopId];

    /// <summary>The same words for many co-ops at once (every co-op asked for has an entry, perhaps empty).</summary>
    public static async Task<Dictionary<int, Dictionary<(SettlementKind, int), string>>> SettlementWordsAsync(IAppDbContext db,
        IReadOnlyCollection<int> coopIds, CancellationToken ct)
    {
        var words = coopIds.Distinct().ToDictionary(id => id, _ => new Dictionary<(SettlementKind, int), string>());
        foreach (var p in await db.Payments.AsNoTracking().Where(p => coopIds.Contains(p.CooperativeId)).ToListAsync(ct))
        {
            words[p.CooperativeId][(SettlementKind.Payment, p.Id)] =
                GetCoopLedgerHandler.PaymentDescription(p.Method, p.Reference);
        }

        foreach (var c in await db.DuesCredits.AsNoTracking().Where(c => coopIds.Contains(c.CooperativeId)).ToListAsync(ct))
        {
            words[c.CooperativeId][(c.Kind == CreditKind.LaborCredit ? SettlementKind.LaborCredit : SettlementKind.CreditNote, c.Id)] =
                (c.Kind == CreditKind.LaborCredit ? "Labor credit: " : "Credit note: ") + c.Reason;
        }

        return words;
    }
}

/// <summary>
/// The dues statement of one invoice as a PDF, for staff and for that co-op's reps; for anyone else the invoice
/// does not exist (404).
/// </summary>
[AnySignedInUser]
public sealed record GetInvoicePdf(int InvoiceId) : IRequest<PdfFile>;

public sealed class GetInvoicePdfHandler(IAppDbContext db, CoopAccess access, AllianceClock clock, IPdfRenderer renderer, IOptions<AppOptions> app,
    IOptions<AlliancePaymentOptions> payments)
    : IRequestHandler<GetInvoicePdf, PdfFile>
{
    public async Task<PdfFile> Handle(GetInvoicePdf request, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken);
        if (invoice is null || !access.CanSee(invoice.CooperativeId))
        {
            throw new NotFoundException("Invoice", request.InvoiceId);
        }

        var coop = await db.Cooperatives.AsNoTracking().FirstAsync(c => c.Id == invoice.CooperativeId, cancellationToken);
        var account = await DuesLedger.LoadAccountAsync(db, coop.Id, clock.Today, cancellationToken);
        var words = await DuesStatement.SettlementWordsAsync(db, coop.Id, cancellationToken);
        var to = DuesStatement.Addressee(coop.Id, coop.DisplayName, coop.StreetAddress, coop.Town, coop.State, coop.PostalCode);
        var document = DuesStatement.Compose(app.Value.AllianceName, payments.Value, to, invoice, account, words, clock.UtcNow);
        return new PdfFile(DuesStatement.FileName(coop.DisplayName, invoice.PeriodKey, invoice.Id), renderer.Render(document));
    }
}
