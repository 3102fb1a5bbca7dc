using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Models;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (int)Math.Ceiling(Total / (double)PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, int page, int pageSize, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, total, page, pageSize);
    }
}

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}
