using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

public sealed record InvoiceLineDto(string Description, decimal Amount);

public sealed record PreviewItem(int CoopId, string CoopName, decimal Total, IReadOnlyList<InvoiceLineDto> Lines);

/// <summary>What a run would bill, co-op by co-op (one page of them), with the totals; nothing is written.</summary>
public sealed record InvoiceRunPreview(string PeriodKey, string PeriodName, int PolicyId, string PolicyName, DateOnly DueOn, int Eligible,
    int AlreadyInvoiced, int ToInvoice, int NotBilled, decimal TotalAmount, IReadOnlyList<PreviewItem> Items, int Page, int PageSize,
    IReadOnlyList<string> Problems);

[Authorize(Roles.Staff)]
public sealed record PreviewInvoiceRun(string Period, int Page = 1, int PageSize = 50) : IRequest<InvoiceRunPreview>;

public sealed class PreviewInvoiceRunValidator : AbstractValidator<PreviewInvoiceRun>
{
    public PreviewInvoiceRunValidator()
    {
        RuleFor(x => x.Period).Must(p => BillingPeriod.TryParse(p, out _))
            .WithMessage("Write the billing period as a month (2027-01), a quarter (2027-Q1) or a year (2027).");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class PreviewInvoiceRunHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<PreviewInvoiceRun, InvoiceRunPreview>
{
    private const int Batch = 1000;

    public async Task<InvoiceRunPreview> Handle(PreviewInvoiceRun request, CancellationToken cancellationToken)
    {
        var pp = await InvoiceComputation.PolicyForAsync(db, request.Period, cancellationToken);
        var key = pp.Period.Key;
        var invoiced = (await db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Dues && i.PeriodKey == key).Select(i => i.CooperativeId).ToListAsync(cancellationToken)).ToHashSet();
        var items = new List<PreviewItem>();
        var problems = new List<string>();
        int eligible = 0, already = 0, notBilled = 0;
        var afterId = 0;
        while (true)
        {
            var coops = await InvoiceComputation.BatchAsync(db, pp.Period, afterId, Batch, cancellationToken);
            if (coops.Count == 0)
            {
                break;
            }

            afterId = coops[^1].Id;
            eligible += coops.Count;
            var todo = coops.Where(c => !invoiced.Contains(c.Id)).ToList();
            already += coops.Count - todo.Count;
            var drafts = await InvoiceComputation.ComputeAsync(db, pp, todo, cancellationToken);
            foreach (var coop in todo)
            {
                var (draft, error) = drafts[coop.Id];
                if (draft is null)
                {
                    notBilled++;
                    problems.Add($"{coop.Name}: {error ?? "no tier of the policy covers it."}");
                    continue;
                }

                items.Add(new PreviewItem(coop.Id, coop.Name, draft.Total, draft.Lines.Select(l => new InvoiceLineDto(l.Description, l.Amount)).ToList()));
            }
        }

        return new InvoiceRunPreview(key, pp.Period.Describe(), pp.Policy.Id, pp.Policy.Name,
            Invoice.DueDate(pp.Period, clock.Today, pp.Policy.DueDays), // as the run issues it today
            eligible, already, items.Count, notBilled, items.Sum(i => i.Total),
            items.OrderBy(i => i.CoopName).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(),
            request.Page, request.PageSize, problems.Take(50).ToList());
    }
}
