using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Marketing.Listings;

/// <summary>The taxonomy, in its order (anyone: the public directory filters by it). Retired ones only on request.</summary>
[PublicRequest]
public sealed record ListCategories(bool IncludeRetired = false) : IRequest<IReadOnlyList<CategoryDto>>;

public sealed class ListCategoriesHandler(IAppDbContext db) : IRequestHandler<ListCategories, IReadOnlyList<CategoryDto>>
{
    public async Task<IReadOnlyList<CategoryDto>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.ListingCategories.AsNoTracking().Where(c => request.IncludeRetired || !c.IsRetired)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryDto(c.Id, c.Name, c.Slug, c.SortOrder, c.IsRetired)).ToListAsync(cancellationToken);
}

/// <summary>Staff add a category, or rename, reorder, retire or restore one (<see cref="Id"/> 0 adds).</summary>
[Authorize(Roles.Staff)]
public sealed record SaveCategory(int Id, string Name, int SortOrder, bool IsRetired = false) : ICommand<int>;

public sealed class SaveCategoryValidator : AbstractValidator<SaveCategory>
{
    public SaveCategoryValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the category a name.").MaximumLength(100);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000);
    }
}

public sealed class SaveCategoryHandler(IAppDbContext db) : IRequestHandler<SaveCategory, int>
{
    public async Task<int> Handle(SaveCategory request, CancellationToken cancellationToken)
    {
        var slug = Slug.From(request.Name);
        if (await db.ListingCategories.AnyAsync(c => c.Id != request.Id && (c.Slug == slug || c.Name == request.Name.Trim()), cancellationToken))
        {
            throw new ValidationException(new Dictionary<string, string[]> { [nameof(SaveCategory.Name)] = ["There is already a category with this name."] });
        }

        ListingCategory category;
        if (request.Id == 0)
        {
            category = new ListingCategory(request.Name, request.SortOrder);
            db.ListingCategories.Add(category);
        }
        else
        {
            category = await db.ListingCategories.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException("Category", request.Id);
            var renamed = category.Name != request.Name.Trim();
            category.Rename(request.Name);
            category.Order(request.SortOrder);
            if (renamed)
            {
                await ReindexAsync(category.Id, cancellationToken);
            }
        }

        if (request.IsRetired) category.Retire(); else category.Restore();
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }

    private async Task ReindexAsync(int categoryId, CancellationToken ct)
    {
        var listings = await db.Listings.Include(l => l.Categories).Include(l => l.Regions)
            .Where(l => l.Categories.Any(c => c.CategoryId == categoryId)).ToListAsync(ct);
        var coopIds = listings.Select(l => l.CooperativeId).Distinct().ToList();
        var coops = await db.Cooperatives.Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        await db.SaveChangesAsync(ct);
        foreach (var listing in listings)
        {
            await ListingIndex.RefreshAsync(db, listing, coops[listing.CooperativeId].DisplayName, coops[listing.CooperativeId].Town, ct);
        }
    }
}
