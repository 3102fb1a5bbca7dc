using System.Globalization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
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

    /// <summary>
    /// The statement of <paramref name="invoice"/> in the current language (wrap the call in
    /// <see cref="AppCulture.Use"/> with the co-op's language); settlementWords say what each payment or credit was, by kind
    /// and id (others get generic words).
    /// </summary>
    public static ReportDocument Compose(IStringLocalizer<DuesTexts> t, string allianceName, AlliancePaymentOptions payments, StatementAddressee to, Invoice invoice,
        DuesAccount account, IReadOnlyDictionary<(SettlementKind Kind, int Id), string> settlementWords, DateTimeOffset now)
    {
        var period = DuesWording.Period(invoice.Period);
        var state = account.Invoices.FirstOrDefault(i => i.Invoice.Id == invoice.Id);
        var outstanding = state?.Outstanding ?? (invoice.IsVoid ? 0 : invoice.Total);
        // One account, one kind of statement: a premium invoice's says what it bills, with the same balance and ways to pay.
        var title = invoice.Kind switch
        {
            InvoiceKind.BenefitPremium => t["Group benefit premiums statement"],
            InvoiceKind.CampaignShare => t["Joint campaign share statement"],
            InvoiceKind.EventFee => t["Event registrations statement"],
            _ => t["Dues statement"],
        };
        var b = new ReportBuilder(t["{0} for {1}", title, period])
            .Letterhead(allianceName, t["Western Massachusetts and Southern Vermont"], title)
            .Footer(t["{0} · invoice {1} · {2}", to.Name, invoice.Id, period])
            .Metadata(author: allianceName, subject: t["{0} for {1}, {2}", title, to.Name, period],
                keywords: $"{Keyword(invoice.Kind)}, invoice {invoice.Id}, {invoice.PeriodKey}", createdAt: now); // for search, not read

        var pairs = new List<(string, string)> { (t["Co-op"], to.Name) };
        if (to.Address.Count > 0)
        {
            pairs.Add((t["Address"], string.Join(", ", to.Address)));
        }

        pairs.Add((t["Invoice"], $"{invoice.Id}"));
        pairs.Add((t["Kind"], DuesWording.Kind(t, invoice.Kind)));
        pairs.Add((t["Billing period"], $"{period} ({Formats.LongDay(invoice.PeriodStart)} – {Formats.LongDay(invoice.PeriodEnd)})"));
        pairs.Add((t["Issued"], Formats.LongDay(invoice.IssuedOn)));
        pairs.Add((t["Due"], Formats.LongDay(invoice.DueOn)));
        b.KeyValues([.. pairs]);
        b.Paragraph(Sentence(t, to.Name, invoice, state, outstanding, period));

        b.Heading(invoice.Kind switch
        {
            InvoiceKind.BenefitPremium => t["How your premiums were computed"],
            InvoiceKind.CampaignShare => t["How your share was computed"],
            InvoiceKind.EventFee => t["The registrations charged"],
            _ => t["How your dues were computed"],
        }, 2)
            .Table(x => x.Column(t["Item"], 5).Column(t["Amount"], 1, ColumnAlign.Right)
                .Rows(invoice.Lines, l => [l.Description, Money.Format(l.Amount)])
                .Totals(t["Total for {0}", period], Money.Format(invoice.Total)));

        var settled = account.Allocations.Where(a => a.InvoiceId == invoice.Id).OrderBy(a => a.On).ToList();
        b.Heading(t["Payments and credits on this invoice"], 2);
        if (settled.Count == 0)
        {
            b.Paragraph(invoice.IsVoid ? t["None: this invoice is void."] : t["None yet."]);
        }
        else
        {
            b.Table(x => x.Column(t["Date"], 2).Column(t["What"], 5).Column(t["Amount"], 2, ColumnAlign.Right)
                .Rows(settled, a => [Formats.LongDay(a.On), settlementWords.GetValueOrDefault((a.Kind, a.SettlementId)) ?? Generic(t, a.Kind), Money.Format(a.Amount)])
                .Totals(t["Total paid and credited"], "", Money.Format(settled.Sum(a => a.Amount))));
        }

        b.Heading(t["Balance"], 2)
            .KeyValues(
                (t["This invoice"], Money.Format(invoice.IsVoid ? 0 : invoice.Total)),
                (t["Paid and credited"], Money.Format(settled.Sum(a => a.Amount))),
                (t["Still owed on this invoice"], Money.Format(outstanding)),
                (t["Your co-op's balance"], account.Balance < 0 ? t["{0} in credit", Money.Format(-account.Balance)] : Money.Format(account.Balance)));

        // How to pay and whom to ask, from configuration ("Alliance:Payments"): the real address, account and contacts.
        if (!invoice.IsVoid && outstanding > 0)
        {
            b.Heading(t["How to pay"], 2).KeyValues([.. Ways(t, payments, invoice.Id)]).Paragraph(t[AlliancePaymentOptions.Hardship]);
        }
        else
        {
            b.Heading(t["Questions"], 2).KeyValues((t["Phone"], payments.Phone), (t["Email"], payments.Email));
        }

        return b.Build();
    }

    /// <summary>The ways to pay of <see cref="AlliancePaymentOptions.Ways"/>, in the current language.</summary>
    public static IReadOnlyList<(string Way, string Details)> Ways(IStringLocalizer<DuesTexts> t, AlliancePaymentOptions p, int? invoiceId = null)
    {
        var ways = new List<(string, string)>
        {
            (t["By check"], t["Payable to {0}, mailed to {1}.", p.PayableTo, p.MailingAddress] + " " +
                (invoiceId is { } id ? t["Write invoice {0} on the check.", id] : t["Write the invoice number on the check."])),
        };
        if (p.HasAch)
        {
            ways.Add((t["By bank transfer (ACH)"], t["{0}, account name {1}, routing number {2}, account number {3}.", p.AchBankName!, p.AchAccountName!,
                p.AchRoutingNumber!, p.AchAccountNumber!] + " " +
                (invoiceId is { } n ? t["Put invoice {0} in the payment's reference.", n] : t["Put the invoice number in the payment's reference."])));
        }

        if (!string.IsNullOrWhiteSpace(p.OnlinePaymentUrl))
        {
            ways.Add((t["Online, by card"], p.OnlinePaymentUrl));
        }

        ways.Add((t["Questions"], t["Call {0} or email {1}.", p.Phone, p.Email]));
        return ways;
    }

    private static string Sentence(IStringLocalizer<DuesTexts> t, string coop, Invoice invoice, InvoiceState? state, decimal outstanding, string period)
    {
        if (invoice.IsVoid)
        {
            return t["This invoice was voided on {0}: {1}. Nothing is owed on it.", Formats.LongDay(invoice.VoidedOn!.Value), invoice.VoidReason ?? ""];
        }

        if (outstanding <= 0)
        {
            return t["The dues of {0} for {1} are paid. Thank you.", coop, period];
        }

        return state is { DaysOverdue: > 0 }
            ? t["{0} owes {1} for {2}, which was due {3} ({4} days ago).", coop, Money.Format(outstanding), period, Formats.LongDay(invoice.DueOn), state.DaysOverdue]
            : t["{0} owes {1} for {2}, due {3}.", coop, Money.Format(outstanding), period, Formats.LongDay(invoice.DueOn)];
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

    public static string Generic(IStringLocalizer<DuesTexts> t, SettlementKind kind) => t[Generic(kind)];

    public static string Day(DateOnly day) => day.ToString("MMMM d, yyyy", Us);

    public static StatementAddressee Addressee(int coopId, string name, string? street, string? town, string? state, string? postalCode) =>
        new(coopId, name, new[] { street, string.Join(" ", new[] { town is null ? null : town + (state is null ? "" : ","), state, postalCode }.Where(s => !string.IsNullOrWhiteSpace(s))) }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList());

    /// <summary>Words for each payment and credit of a co-op, as the ledger shows them.</summary>
    public static async Task<Dictionary<(SettlementKind, int), string>> SettlementWordsAsync(IAppDbContext db, IStringLocalizer<DuesTexts> t, int coopId,
        CancellationToken ct) =>
        (await SettlementWordsAsync(db, t, [coopId], ct))[coopId];

    /// <summary>The same words for many co-ops at once (every co-op asked for has an entry, perhaps empty).</summary>
    public static async Task<Dictionary<int, Dictionary<(SettlementKind, int), string>>> SettlementWordsAsync(IAppDbContext db,
        IStringLocalizer<DuesTexts> t, IReadOnlyCollection<int> coopIds, CancellationToken ct)
    {
        var words = coopIds.Distinct().ToDictionary(id => id, _ => new Dictionary<(SettlementKind, int), string>());
        foreach (var p in await db.Payments.AsNoTracking().Where(p => coopIds.Contains(p.CooperativeId)).ToListAsync(ct))
        {
            words[p.CooperativeId][(SettlementKind.Payment, p.Id)] = DuesWording.Payment(t, p.Method, p.Reference);
        }

        foreach (var c in await db.DuesCredits.AsNoTracking().Where(c => coopIds.Contains(c.CooperativeId)).ToListAsync(ct))
        {
            words[c.CooperativeId][(c.Kind == CreditKind.LaborCredit ? SettlementKind.LaborCredit : SettlementKind.CreditNote, c.Id)] =
                DuesWording.Credit(t, c.Kind, c.Reason);
        }

        return words;
    }
}

/// <summary>
/// The dues statement of one invoice as a PDF, for staff and for that co-op's reps; for anyone else the invoice
/// does not exist (404).
/// </summary>
/// <remarks>
/// Written in <paramref name="Language"/> when given (a rep asking for the other language, <c>?culture=es</c>), else in
/// the co-op's preferred language: a statement is a letter to the co-op, whoever downloads it.
/// </remarks>
[AnySignedInUser]
public sealed record GetInvoicePdf(int InvoiceId, string? Language = null) : IRequest<PdfFile>;

public sealed class GetInvoicePdfHandler(IAppDbContext db, CoopAccess access, AllianceClock clock, IPdfRenderer renderer, IOptions<AppOptions> app,
    IOptions<AlliancePaymentOptions> payments, IStringLocalizer<DuesTexts> t)
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
        using var language = AppCulture.Use(Languages.IsSupported(request.Language) ? request.Language : coop.PreferredLanguage);
        var words = await DuesStatement.SettlementWordsAsync(db, t, coop.Id, cancellationToken);
        var to = DuesStatement.Addressee(coop.Id, coop.DisplayName, coop.StreetAddress, coop.Town, coop.State, coop.PostalCode);
        var document = DuesStatement.Compose(t, app.Value.AllianceName, payments.Value, to, invoice, account, words, clock.UtcNow);
        return new PdfFile(DuesStatement.FileName(coop.DisplayName, invoice.PeriodKey, invoice.Id), renderer.Render(document));
    }
}
