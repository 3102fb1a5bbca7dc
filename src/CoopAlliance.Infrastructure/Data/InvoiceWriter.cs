using System.Buffers;
using System.Data.Common;
using System.Reflection;
using System.Text.Json;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// One parameterised INSERT per invoice on the context's connection and transaction. Table, columns and value
/// conversions come from the EF model (so SQLite's and SQL Server's storage formats are the ones EF reads back),
/// and the lines go to their JSON column in the shape EF writes it.
/// </summary>
public sealed class InvoiceWriter(AppDbContext db) : IInvoiceWriter
{
    // Read from the model on the context's thread, once: Prepare then touches only this and the invoice.
    private readonly Shape _shape = Shape.Of(db);

    /// <summary>The INSERT this writer sends, as the context's provider writes it (tests parse the SQL Server one).</summary>
    internal static string InsertSqlFor(AppDbContext db) => Shape.Of(db).InsertSql;

    public IReadOnlyList<InvoiceRow> Prepare(IReadOnlyList<Invoice> invoices)
    {
        var shape = _shape;
        var count = shape.Properties.Count;
        // A batch's invoices share most values (policy, period, dates, run): each column's last conversion is reused
        // while its value repeats, so a batch converts and allocates little besides its amounts and lines.
        var lastValue = new object?[count];
        var lastStored = new object?[count];
        var rows = new InvoiceRow[invoices.Count];
        // One buffer for the whole batch's lines JSON.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer);
        for (var r = 0; r < invoices.Count; r++)
        {
            var invoice = invoices[r];
            var values = new object[count + 1];
            for (var i = 0; i < count; i++)
            {
                var value = shape.Properties[i].PropertyInfo!.GetValue(invoice);
                // (Not decimals: 1.0 equals 1.00, and a stored text could keep the other's scale.)
                if (r > 0 && value is not decimal && Equals(value, lastValue[i]))
                {
                    values[i] = lastStored[i]!;
                    continue;
                }

                values[i] = value is null ? DBNull.Value : shape.Mappings[i].Converter?.ConvertToProvider(value) ?? value;
                (lastValue[i], lastStored[i]) = (value, values[i]);
            }

            values[^1] = LinesJson(shape.LineFields, invoice.Lines, buffer, json);
            rows[r] = new InvoiceRow(invoice, values);
        }

        return rows;
    }

    public async Task InsertAsync(IReadOnlyList<InvoiceRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var shape = _shape;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = shape.InsertSql;
        // One prepared statement, its parameters typed once from the first invoice and given each row's values after.
        var first = rows[0].Invoice;
        var parameters = new DbParameter[shape.Properties.Count + 1];
        for (var i = 0; i < shape.Properties.Count; i++)
        {
            var property = shape.Properties[i];
            parameters[i] = shape.Mappings[i].CreateParameter(command, shape.ParameterNames[i], property.PropertyInfo!.GetValue(first), property.IsNullable);
        }

        parameters[^1] = command.CreateParameter();
        parameters[^1].ParameterName = shape.ParameterNames[^1];
        command.Parameters.AddRange(parameters);
        try
        {
            await command.PrepareAsync(ct);
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = row.Values[i];
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Could not insert the batch of invoices: {ex.Message}", ex);
        }
    }

    /// <summary>An invoice's lines as the JSON array EF reads back.</summary>
    private static string LinesJson(IReadOnlyList<LineField> fields, IReadOnlyList<InvoiceLine> lines, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartArray();
        foreach (var line in lines)
        {
            json.WriteStartObject();
            foreach (var (name, property, writer) in fields)
            {
                json.WritePropertyName(name);
                var value = property.GetValue(line);
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    writer.ToJson(json, value);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed record LineField(string Name, PropertyInfo Property, JsonValueReaderWriter Json);

    /// <summary>The invoice table as the EF model maps it: columns, their conversions, the lines' JSON fields and the INSERT.</summary>
    private sealed record Shape(IReadOnlyList<IProperty> Properties, IReadOnlyList<RelationalTypeMapping> Mappings, IReadOnlyList<LineField> LineFields,
        IReadOnlyList<string> ParameterNames, string InsertSql)
    {
        public static Shape Of(AppDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(Invoice))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is not null).ToList();
            var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
            var lineType = entity.FindNavigation(nameof(Invoice.Lines))!.TargetEntityType;
            var linesColumn = lineType.GetContainerColumnName()!;
            // The line fields as EF reads them from JSON: its names and its value formats (SQLite keeps decimals as strings).
            var lineFields = lineType.GetProperties().Where(p => p.PropertyInfo is not null && p.GetJsonPropertyName() is not null)
                .Select(p => new LineField(p.GetJsonPropertyName()!, p.PropertyInfo!, p.GetJsonValueReaderWriter() ?? p.GetTypeMapping().JsonValueReaderWriter!))
                .ToList();
            var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).Append(sql.DelimitIdentifier(linesColumn));
            var names = Enumerable.Range(0, properties.Count + 1).Select(i => sql.GenerateParameterName("p" + i)).ToList();
            var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
            return new Shape(properties, mappings, lineFields, names, insert);
        }
    }
}
