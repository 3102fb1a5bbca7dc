using AutoMapper;
using AutoMapper.QueryableExtensions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Cooperatives;

public enum CoopSort
{
    Name = 0,
    Status = 1,
    Region = 2,
    Town = 3,
    WorkerOwners = 4,
    MemberSince = 5,
}

/// <summary>The co-op list: search, filters, sort and paging. A rep sees only their own co-op.</summary>
[AnySignedInUser]
public sealed record ListCoops : IRequest<PagedList<CoopListItem>>
{
    public string? Q { get; init; }
    public MembershipStatus? Status { get; init; }
    public Region? Region { get; init; }
    public CoopKind? Kind { get; init; }
    public string? Sector { get; init; }
    public CoopSort Sort { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListCoopsValidator : AbstractValidator<ListCoops>
{
    public ListCoopsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ListCoopsHandler(IAppDbContext db, CoopAccess access, IMapper mapper) : IRequestHandler<ListCoops, PagedList<CoopListItem>>
{
    public Task<PagedList<CoopListItem>> Handle(ListCoops request, CancellationToken cancellationToken) =>
        PagedList<CoopListItem>.CreateAsync(
            CoopFilter.Apply(access.Visible(db.Cooperatives), request).ProjectTo<CoopListItem>(mapper.ConfigurationProvider),
            request.Page, request.PageSize, cancellationToken);
}

/// <summary>Filtering and sorting shared by the list and its CSV export, so both show the same rows.</summary>
internal static class CoopFilter
{
    public static IQueryable<Cooperative> Apply(IQueryable<Cooperative> coops, ListCoops r)
    {
        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            var q = r.Q.Trim().ToLower();
            coops = coops.Where(c => c.LegalName.ToLower().Contains(q)
                                     || (c.TradeName != null && c.TradeName.ToLower().Contains(q))
                                     || (c.Town != null && c.Town.ToLower().Contains(q))
                                     || (c.Sector != null && c.Sector.ToLower().Contains(q)));
        }

        if (r.Status is { } status) coops = coops.Where(c => c.Status == status);
        if (r.Region is { } region) coops = coops.Where(c => c.Region == region);
        if (r.Kind is { } kind) coops = coops.Where(c => c.Kind == kind);
        if (!string.IsNullOrWhiteSpace(r.Sector))
        {
            var sector = r.Sector.Trim().ToLower();
            coops = coops.Where(c => c.Sector != null && c.Sector.ToLower() == sector);
        }

        return (r.Sort, r.Descending) switch
        {
            (CoopSort.Status, false) => coops.OrderBy(c => c.Status).ThenBy(c => c.LegalName),
            (CoopSort.Status, true) => coops.OrderByDescending(c => c.Status).ThenBy(c => c.LegalName),
            (CoopSort.Region, false) => coops.OrderBy(c => c.Region).ThenBy(c => c.LegalName),
            (CoopSort.Region, true) => coops.OrderByDescending(c => c.Region).ThenBy(c => c.LegalName),
            (CoopSort.Town, false) => coops.OrderBy(c => c.Town).ThenBy(c => c.LegalName),
            (CoopSort.Town, true) => coops.OrderByDescending(c => c.Town).ThenBy(c => c.LegalName),
            (CoopSort.WorkerOwners, false) => coops.OrderBy(c => c.WorkerOwners).ThenBy(c => c.LegalName),
            (CoopSort.WorkerOwners, true) => coops.OrderByDescending(c => c.WorkerOwners).ThenBy(c => c.LegalName),
            (CoopSort.MemberSince, false) => coops.OrderBy(c => c.MemberSince).ThenBy(c => c.LegalName),
            (CoopSort.MemberSince, true) => coops.OrderByDescending(c => c.MemberSince).ThenBy(c => c.LegalName),
            (_, true) => coops.OrderByDescending(c => c.LegalName).ThenBy(c => c.Id),
            _ => coops.OrderBy(c => c.LegalName).ThenBy(c => c.Id),
        };
    }
}
