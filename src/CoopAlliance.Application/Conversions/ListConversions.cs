using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Conversions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

/// <summary>How the conversions list is ordered: by stage then name (the board's order), by name, or by the owner's target sale date.</summary>
public enum ConversionSort
{
    Stage,
    Name,
    TargetSale,
    StageSince,
}

/// <summary>Staff: the conversion pipeline, filtered by stage and searched by business, town, sector or owner.</summary>
[Authorize(Roles.Staff)]
public sealed record ListConversions : IRequest<PagedList<ConversionListItem>>
{
    public string? Q { get; init; }
    public ConversionStage? Stage { get; init; }
    public ConversionSort Sort { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListConversionsValidator : AbstractValidator<ListConversions>
{
    public ListConversionsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
    }
}

public sealed class ListConversionsHandler(IAppDbContext db) : IRequestHandler<ListConversions, PagedList<ConversionListItem>>
{
    public async Task<PagedList<ConversionListItem>> Handle(ListConversions request, CancellationToken cancellationToken)
    {
        var rows = Filter(db.Conversions.AsNoTracking(), request.Q, request.Stage);
        var d = request.Descending;
        var ordered = request.Sort switch
        {
            ConversionSort.Name => d ? rows.OrderByDescending(c => c.BusinessName) : rows.OrderBy(c => c.BusinessName),
            ConversionSort.TargetSale => d ? rows.OrderByDescending(c => c.TargetSaleOn) : rows.OrderBy(c => c.TargetSaleOn == null).ThenBy(c => c.TargetSaleOn),
            ConversionSort.StageSince => d ? rows.OrderByDescending(c => c.StageChangedAt) : rows.OrderBy(c => c.StageChangedAt),
            _ => (d ? rows.OrderByDescending(c => c.Stage) : rows.OrderBy(c => c.Stage)).ThenBy(c => c.BusinessName),
        };
        var query = ordered.ThenBy(c => c.Id).Select(c => new ConversionListItem(c.Id, c.BusinessName, c.Sector, c.Region, c.Town, c.OwnerName,
            c.Reason, c.Stage, c.StageChangedAt, c.TargetSaleOn, c.Workers.Count(), c.Workers.Count(w => w.InterestedInOwnership), c.DevelopingCoopId));
        var total = await rows.CountAsync(cancellationToken);
        var items = await query.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ConversionListItem>(items, total, request.Page, request.PageSize);
    }

    internal static IQueryable<Conversion> Filter(IQueryable<Conversion> rows, string? q, ConversionStage? stage)
    {
        if (stage is { } s) rows = rows.Where(c => c.Stage == s);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLower();
            rows = rows.Where(c => c.BusinessName.ToLower().Contains(term) || c.OwnerName.ToLower().Contains(term)
                                   || (c.Town != null && c.Town.ToLower().Contains(term)) || (c.Sector != null && c.Sector.ToLower().Contains(term)));
        }

        return rows;
    }
}
