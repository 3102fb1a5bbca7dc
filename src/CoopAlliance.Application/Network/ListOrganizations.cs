using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Network;

/// <summary>Staff: the directory of allied organisations, A–Z, searched by name or offer, filtered by kind and region, paged.</summary>
[Authorize(Roles.Staff)]
public sealed record ListOrganizations(string? Q = null, OrganizationKind? Kind = null, Region? Region = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<OrganizationSummary>>;

public sealed class ListOrganizationsValidator : AbstractValidator<ListOrganizations>
{
    public ListOrganizationsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Region).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class ListOrganizationsHandler(IAppDbContext db) : IRequestHandler<ListOrganizations, PagedList<OrganizationSummary>>
{
    public Task<PagedList<OrganizationSummary>> Handle(ListOrganizations request, CancellationToken cancellationToken) =>
        PagedList<OrganizationSummary>.CreateAsync(OrganizationFilter.Apply(db, request.Q, request.Kind, request.Region), request.Page, request.PageSize, cancellationToken);
}

internal static class OrganizationFilter
{
    public static IQueryable<OrganizationSummary> Apply(IAppDbContext db, string? q, OrganizationKind? kind, Region? region)
    {
        var orgs = db.AlliedOrganizations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            orgs = orgs.Where(o => o.Name.Contains(term) || (o.Offers != null && o.Offers.Contains(term)));
        }

        if (kind is { } k)
        {
            orgs = orgs.Where(o => o.Kind == k);
        }

        if (region is { } r)
        {
            orgs = orgs.Where(o => o.Region == r);
        }

        return orgs.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new OrganizationSummary(o.Id, o.Name, o.Kind, o.Region, o.Offers, o.Website, o.Relationships.Count));
    }
}
