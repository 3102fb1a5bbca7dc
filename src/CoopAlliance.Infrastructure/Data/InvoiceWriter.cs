using System.Buffers;
using System.Data.Common;
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
    public async Task InsertAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct)
    {
        if (invoices.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(Invoice))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is not null).ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
        var lineType = entity.FindNavigation(nameof(Invoice.Lines))!.TargetEntityType;
        var linesColumn = lineType.GetContainerColumnName()!;
        // The line fields as EF reads them from JSON: its names and its value formats (SQLite keeps decimals as strings).
        var lineFields = lineType.GetProperties().Where(p => p.PropertyInfo is not null && p.GetJsonPropertyName() is not null)
            .Select(p => (Name: p.GetJsonPropertyName()!, p.PropertyInfo, Json: p.GetJsonValueReaderWriter() ?? p.GetTypeMapping().JsonValueReaderWriter!))
            .ToList();
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).Append(sql.DelimitIdentifier(linesColumn));
        var names = Enumerable.Range(0, properties.Count + 1).Select(i => sql.GenerateParameterName("p" + i)).ToList();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
        // One prepared statement, its parameters typed once from the first invoice and given each invoice's values after.
        var first = invoices[0];
        var parameters = new DbParameter[properties.Count + 1];
        for (var i = 0; i < properties.Count; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, names[i], properties[i].PropertyInfo!.GetValue(first), properties[i].IsNullable);
        }

        parameters[^1] = command.CreateParameter();
        parameters[^1].ParameterName = names[^1];
        command.Parameters.AddRange(parameters);
        using var json = new LinesJsonWriter(lineFields);
        try
        {
            await command.PrepareAsync(ct);
            foreach (var invoice in invoices)
            {
                for (var i = 0; i < properties.Count; i++)
                {
                    var value = properties[i].PropertyInfo!.GetValue(invoice);
                    parameters[i].Value = value is null ? DBNull.Value : mappings[i].Converter?.ConvertToProvider(value) ?? value;
                }

                parameters[^1].Value = json.Write(invoice.Lines);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Could not insert the batch of invoices: {ex.Message}", ex);
        }
    }

    /// <summary>Writes an invoice's lines as the JSON array EF reads back, reusing one buffer for a whole batch.</summary>
    private sealed class LinesJsonWriter(List<(string Name, System.Reflection.PropertyInfo? Property, JsonValueReaderWriter Json)> fields) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private Utf8JsonWriter? _json;

        public string Write(IReadOnlyList<InvoiceLine> lines)
        {
            _buffer.ResetWrittenCount();
            if (_json is null)
            {
                _json = new Utf8JsonWriter(_buffer);
            }
            else
            {
                _json.Reset(_buffer);
            }

            _json.WriteStartArray();
            foreach (var line in lines)
            {
                _json.WriteStartObject();
                foreach (var (name, property, writer) in fields)
                {
                    _json.WritePropertyName(name);
                    var value = property!.GetValue(line);
                    if (value is null)
                    {
                        _json.WriteNullValue();
                    }
                    else
                    {
                        writer.ToJson(_json, value);
                    }
                }

                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        public void Dispose() => _json?.Dispose();
    }
}
