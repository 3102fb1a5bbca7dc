using System.IO.Compression;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>The statements of a billing period in one ZIP file; dispose it to delete its temporary file.</summary>
public sealed record StatementsArchive(string FileName, Stream Content, int Count) : IDisposable
{
    public void Dispose() => Content.Dispose();
}

/// <summary>
/// Every dues statement of a billing period — one PDF per invoice issued for it, the same document a rep downloads —
/// in one ZIP file, for the treasurer who prints and mails statements or keeps the month's copies.
/// Invoices are read in pages with their co-ops, accounts and payment words (a few queries per page, not per
/// statement), and each page's statements are drawn on every core; scripts/bench.sh dues measures it.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ExportStatements(string Period) : IRequest<StatementsArchive>;

public sealed class ExportStatementsValidator : AbstractValidator<ExportStatements>
{
    public ExportStatementsValidator() =>
        RuleFor(x => x.Period).Must(p => BillingPeriod.TryParse(p, out _))
            .WithMessage("Write the billing period as a month (2027-01), a quarter (2027-Q1) or a year (2027).");
}

public sealed class ExportStatementsHandler(IAppDbContext db, AllianceClock clock, IPdfRenderer renderer, IOptions<AppOptions> app,
    IOptions<AlliancePaymentOptions> payments, IStringLocalizer<DuesTexts> t)
    : IRequestHandler<ExportStatements, StatementsArchive>
{
    private const int PageSize = 500;

    public async Task<StatementsArchive> Handle(ExportStatements request, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Parse(request.Period);
        var key = period.Key;
        if (!await db.Invoices.AnyAsync(i => i.PeriodKey == key, cancellationToken))
        {
            throw Domain.Common.DomainRuleException.Format("No invoices were issued for {0}, so there are no statements to download.", period.Describe());
        }

        var today = clock.Today;
        var now = clock.UtcNow;
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"coopalliance-statements-{Guid.NewGuid():N}.zip"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var count = 0;
        try
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                var afterId = 0;
                while (true)
                {
                    var invoices = await db.Invoices.AsNoTracking().Where(i => i.PeriodKey == key && i.Id > afterId).OrderBy(i => i.Id).Take(PageSize)
                        .ToListAsync(cancellationToken);
                    if (invoices.Count == 0)
                    {
                        break;
                    }

                    afterId = invoices[^1].Id;
                    var ids = invoices.Select(i => i.CooperativeId).Distinct().ToList();
                    var coops = await db.Cooperatives.AsNoTracking().Where(c => ids.Contains(c.Id))
                        .Select(c => new { c.Id, c.LegalName, c.TradeName, c.StreetAddress, c.Town, c.State, c.PostalCode, c.PreferredLanguage })
                        .ToDictionaryAsync(c => c.Id, cancellationToken);
                    var accounts = await DuesLedger.LoadAccountsAsync(db, ids, today, cancellationToken);
                    // Each statement in its co-op's language, its payments' and credits' words too.
                    var languages = coops.Values.Select(c => c.PreferredLanguage).Distinct().ToList();
                    var words = new Dictionary<string, Dictionary<int, Dictionary<(SettlementKind, int), string>>>();
                    foreach (var language in languages)
                    {
                        using (AppCulture.Use(language))
                        {
                            words[language] = await DuesStatement.SettlementWordsAsync(db, t,
                                coops.Values.Where(c => c.PreferredLanguage == language).Select(c => c.Id).ToList(), cancellationToken);
                        }
                    }


                    var documents = invoices.Select(invoice =>
                    {
                        var coop = coops[invoice.CooperativeId];
                        var name = string.IsNullOrWhiteSpace(coop.TradeName) ? coop.LegalName : coop.TradeName;
                        var to = DuesStatement.Addressee(coop.Id, name, coop.StreetAddress, coop.Town, coop.State, coop.PostalCode);
                        using var language = AppCulture.Use(coop.PreferredLanguage);
                        var document = DuesStatement.Compose(t, app.Value.AllianceName, payments.Value, to, invoice, accounts[coop.Id],
                            words[coop.PreferredLanguage][coop.Id], now);
                        return (Name: DuesStatement.FileName(name, invoice.PeriodKey, invoice.Id), Document: document);
                    }).ToList();

                    // Drawing is the work (the renderer is thread-safe); the ZIP is written in invoice order after.
                    var pdfs = new byte[documents.Count][];
                    Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken },
                        i => pdfs[i] = renderer.Render(documents[i].Document));
                    for (var i = 0; i < documents.Count; i++)
                    {
                        var entry = zip.CreateEntry(documents[i].Name, CompressionLevel.NoCompression); // PDFs are compressed already
                        entry.LastWriteTime = now;
                        await using var stream = entry.Open();
                        await stream.WriteAsync(pdfs[i], cancellationToken);
                    }

                    count += documents.Count;
                }
            }

            file.Position = 0;
            return new StatementsArchive($"dues-statements-{key}.zip", file, count);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
