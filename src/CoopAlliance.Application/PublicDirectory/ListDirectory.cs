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
    public Task<PagedList<DirectoryEntry>> Handle(ListDirectory request, CancellationToken cancellationToken)
    {
        var coops = db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            coops = coops.Where(c => c.LegalName.ToLower().Contains(q) || (c.TradeName != null && c.TradeName.ToLower().Contains(q))
                                     || (c.Sector != null && c.Sector.ToLower().Contains(q)) || (c.Town != null && c.Town.ToLower().Contains(q)));
        }

        if (request.Region is { } region)
        {
            coops = coops.Where(c => c.Region == region);
        }

        if (!string.IsNullOrWhiteSpace(request.Sector))
        {
            var sector = request.Sector.Trim().ToLower();
            coops = coops.Where(c => c.Sector != null && c.Sector.ToLower() == sector);
        }

        return PagedList<DirectoryEntry>.CreateAsync(
            coops.OrderBy(c => c.TradeName ?? c.LegalName)
                .Select(c => new DirectoryEntry(c.Id, c.TradeName ?? c.LegalName, c.Sector, c.Town, c.State, c.Region, c.Website, c.Description)),
            request.Page, request.PageSize, cancellationToken);
    }
}
