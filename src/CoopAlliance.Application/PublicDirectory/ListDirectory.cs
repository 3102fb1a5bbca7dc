using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.PublicDirectory;

public sealed record DirectoryEntry(int Id, string Name, string? Sector, string? Town, string? State, Region Region,
    string? Website, string? Description);

/// <summary>The public directory: active member co-ops and what they offer, for people who want to buy from them.</summary>
[PublicRequest]
public sealed record ListDirectory(string? Q, Region? Region, int Page = 1, int PageSize = 24, string? Sector = null) : IRequest<PagedList<DirectoryEntry>>;

public sealed class ListDirectoryValidator : AbstractValidator<ListDirectory>
{
    public ListDirectoryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Sector).MaximumLength(100);
    }
}

public sealed class ListDirectoryHandler(IAppDbContext db) : IRequestHandler<ListDirectory, PagedList<DirectoryEntry>>
{
    public Task<PagedList<DirectoryEntry>> Handle(ListDirectory request, CancellationToken cancellationToken) =>
        PagedList<DirectoryEntry>.CreateAsync(DirectoryFilter.Apply(db, request.Q, request.Region, request.Sector),
            request.Page, request.PageSize, cancellationToken);
}

/// <summary>
/// Who is listed and in what order, shared by the page and its CSV download so both show the same co-ops,
/// and only the fields a member makes public (never contacts, email, phone, address or revenue).
/// </summary>
internal static class DirectoryFilter
{
    public static IQueryable<DirectoryEntry> Apply(IAppDbContext db, string? q, Region? region, string? sector)
    {
        var coops = db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLower();
            coops = coops.Where(c => c.LegalName.ToLower().Contains(text) || (c.TradeName != null && c.TradeName.ToLower().Contains(text))
                                     || (c.Sector != null && c.Sector.ToLower().Contains(text)) || (c.Town != null && c.Town.ToLower().Contains(text)));
        }

        if (region is { } r)
        {
            coops = coops.Where(c => c.Region == r);
        }

        if (!string.IsNullOrWhiteSpace(sector))
        {
            var s = sector.Trim().ToLower();
            coops = coops.Where(c => c.Sector != null && c.Sector.ToLower() == s);
        }

        return coops.OrderBy(c => c.TradeName ?? c.LegalName).ThenBy(c => c.Id)
            .Select(c => new DirectoryEntry(c.Id, c.TradeName ?? c.LegalName, c.Sector, c.Town, c.State, c.Region, c.Website, c.Description));
    }
}
