using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Queues the email of newly issued invoices — to each co-op's primary contact (else the co-op's address), with its
/// statement attached as a PDF — in the transaction that issues them, so an invoice and its email exist together or
/// not at all. A co-op with no email address gets none; its statement stays downloadable.
/// </summary>
public static class InvoiceEmails
{
    /// <summary>Queues the emails of the invoices a run's batch just issued for these co-ops (ids are read back here).</summary>
    public static async Task<int> QueueForRunAsync(IAppDbContext db, IPdfRenderer renderer, IStringLocalizer<DuesTexts> t, AppOptions app, AlliancePaymentOptions payments, string periodKey, int runId,
        IReadOnlyCollection<int> coopIds, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (coopIds.Count == 0)
        {
            return 0;
        }

        // A run's batch is a range of ids: read the co-ops in it that have somewhere to write to (an index range scan,
        // not a list of thousands of ids), then keep the ones just invoiced.
        var (first, last) = (coopIds.Min(), coopIds.Max());
        var coops = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id >= first && c.Id <= last && (c.Email != null || c.People.Any(p => p.IsPrimaryContact && p.Email != null)))
            .Select(c => new Contact(
                c.Id,
                c.LegalName,
                c.TradeName,
                c.StreetAddress,
                c.Town,
                c.State,
                c.PostalCode,
                c.PreferredLanguage,
                c.People.Where(p => p.IsPrimaryContact && p.Email != null).OrderBy(p => p.Id).Select(p => p.Email).FirstOrDefault() ?? c.Email))
            .ToListAsync(ct);
        var invoiced = coopIds.ToHashSet();
        coops.RemoveAll(c => string.IsNullOrWhiteSpace(c.Email) || !invoiced.Contains(c.Id));
        if (coops.Count == 0)
        {
            return 0; // nobody to write to: skip reading the batch back
        }

        // The range also holds co-ops another worker invoiced under the same run: only this batch's are emailed here.
        var contacts = coops.ToDictionary(c => c.Id);
        var invoices = (await db.Invoices.AsNoTracking().Where(i => i.PeriodKey == periodKey && i.RunId == runId && i.CooperativeId >= first && i.CooperativeId <= last)
            .OrderBy(i => i.Id).ToListAsync(ct)).Where(i => contacts.ContainsKey(i.CooperativeId)).ToList();
        return await QueueAsync(db, renderer, t, app, payments, invoices, contacts, today, now, ct);
    }

    private sealed record Contact(int Id, string LegalName, string? TradeName, string? StreetAddress, string? Town, string? State, string? PostalCode,
        string PreferredLanguage, string? Email);

    private static async Task<int> QueueAsync(IAppDbContext db, IPdfRenderer renderer, IStringLocalizer<DuesTexts> t, AppOptions app, AlliancePaymentOptions payments, IReadOnlyList<Invoice> invoices,
        Dictionary<int, Contact> coops, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (invoices.Count == 0)
        {
            return 0;
        }

        var ids = invoices.Select(i => i.CooperativeId).Distinct().ToList();
        var accounts = await DuesLedger.LoadAccountsAsync(db, ids, today, ct);
        var letters = invoices.Select(invoice =>
        {
            var coop = coops[invoice.CooperativeId];
            var name = string.IsNullOrWhiteSpace(coop.TradeName) ? coop.LegalName : coop.TradeName;
            var addressee = DuesStatement.Addressee(coop.Id, name, coop.StreetAddress, coop.Town, coop.State, coop.PostalCode);
            using var language = AppCulture.Use(coop.PreferredLanguage); // the statement and its email in the co-op's language
            var document = DuesStatement.Compose(t, app.AllianceName, payments, addressee, invoice, accounts[coop.Id], new Dictionary<(SettlementKind, int), string>(), now);
            return (Invoice: invoice, Coop: coop, Name: name, Document: document);
        }).ToList();

        // Drawing the statements is the work (a run's batch holds thousands): on every core, the renderer is thread-safe.
        var pdfs = new byte[letters.Count][];
        Parallel.For(0, letters.Count, new ParallelOptions { CancellationToken = ct }, i => pdfs[i] = renderer.Render(letters[i].Document));

        var queued = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var (invoice, coop, name, _) = letters[i];
            var account = accounts[coop.Id];
            var owed = account.Invoices.FirstOrDefault(s => s.Invoice.Id == invoice.Id)?.Outstanding ?? invoice.Total;
            using var language = AppCulture.Use(coop.PreferredLanguage);
            var period = DuesWording.Period(invoice.Period);
            var body = $"""
                        {t["Hello {0},", name]}

                        {(owed > 0 ? t["Your co-op owes {0} for {1}, due {2}.", Money.Format(owed), period, Formats.LongDay(invoice.DueOn)] : t["Your dues for {0} ({1}) are already covered by your credit. Thank you.", period, Money.Format(invoice.Total)])}
                        {t["The statement attached explains how the amount was computed and how to pay."]}

                        {t["You can also download it, and every earlier statement, under \"My dues\": {0}", $"{app.PublicBaseUrl.TrimEnd('/')}/MyCoop/Dues"]}

                        {app.AllianceName}
                        """;
            db.OutboxMessages.Add(new OutboxMessage(coop.Email!, t["Dues for {0}: {1}", period, Money.Format(invoice.Total)], body, now)
                .Attach(DuesStatement.FileName(name, invoice.PeriodKey, invoice.Id), "application/pdf", pdfs[i]));
            queued++;
        }

        return queued;
    }
}
