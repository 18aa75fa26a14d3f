import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The priced document lines every document repeats: quantity × unit price less a line discount. */
const LINE_COLUMNS = `
  id uuid PRIMARY KEY,
  position smallint NOT NULL,
  product_id uuid REFERENCES products (id),
  description text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price numeric(19, 4) NOT NULL CHECK (unit_price >= 0),
  discount_percent numeric(5, 2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
  line_total numeric(19, 4) NOT NULL CHECK (line_total >= 0)`;

/** Products, prices, opportunity line items, quotes, contracts, orders and payments (issue 5 item 4). */
export class CreateSalesDocuments1764000002300 implements MigrationInterface {
  name = 'CreateSalesDocuments1764000002300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        active boolean NOT NULL DEFAULT true,
        stock_on_hand integer NOT NULL DEFAULT 0 CHECK (stock_on_hand >= 0),
        stock_reported_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX products_active_code ON products (active, code)');
    await queryRunner.query('CREATE INDEX products_lower_name ON products (lower(name) text_pattern_ops)');
    await queryRunner.query('CREATE INDEX products_lower_code ON products (lower(code) text_pattern_ops)');
    // The default price list: one unit price per product and currency.
    await queryRunner.query(`
      CREATE TABLE product_prices (
        product_id uuid NOT NULL REFERENCES products (id),
        currency char(3) NOT NULL,
        unit_price numeric(19, 4) NOT NULL CHECK (unit_price >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (product_id, currency)
      )`);
    await queryRunner.query(`
      CREATE TABLE opportunity_line_items (${LINE_COLUMNS},
        opportunity_id uuid NOT NULL REFERENCES opportunities (id)
      )`);
    await queryRunner.query(
      'CREATE INDEX opportunity_line_items_opportunity ON opportunity_line_items (opportunity_id, position)',
    );
    await queryRunner.query(`
      CREATE TABLE quotes (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        opportunity_id uuid REFERENCES opportunities (id),
        owner_id uuid,
        status text NOT NULL,
        currency char(3) NOT NULL,
        discount_percent numeric(5, 2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
        subtotal numeric(19, 4) NOT NULL,
        discount_total numeric(19, 4) NOT NULL,
        total numeric(19, 4) NOT NULL CHECK (total >= 0),
        valid_until date NOT NULL,
        issued_at timestamptz,
        decided_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX quotes_customer_created_at ON quotes (customer_id, created_at, id)',
    );
    await queryRunner.query('CREATE INDEX quotes_opportunity ON quotes (opportunity_id)');
    await queryRunner.query(`
      CREATE TABLE quote_lines (${LINE_COLUMNS},
        quote_id uuid NOT NULL REFERENCES quotes (id)
      )`);
    await queryRunner.query('CREATE INDEX quote_lines_quote ON quote_lines (quote_id, position)');
    await queryRunner.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        opportunity_id uuid REFERENCES opportunities (id),
        quote_id uuid REFERENCES quotes (id),
        owner_id uuid,
        status text NOT NULL,
        value numeric(19, 4) NOT NULL CHECK (value >= 0),
        currency char(3) NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date >= start_date),
        renewal_date date NOT NULL,
        renewal_reminder_days smallint NOT NULL CHECK (renewal_reminder_days BETWEEN 0 AND 365),
        renewal_reminder_on date NOT NULL,
        termination_reason text,
        signed_at timestamptz,
        terminated_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX contracts_customer_created_at ON contracts (customer_id, created_at, id)',
    );
    await queryRunner.query(`
      CREATE INDEX contracts_renewal_reminder ON contracts (renewal_reminder_on, id)
      WHERE status IN ('SIGNED', 'ACTIVE')`);
    await queryRunner.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        opportunity_id uuid REFERENCES opportunities (id),
        contract_id uuid REFERENCES contracts (id),
        owner_id uuid,
        status text NOT NULL,
        total numeric(19, 4) NOT NULL CHECK (total >= 0),
        currency char(3) NOT NULL,
        paid_amount numeric(19, 4) NOT NULL DEFAULT 0 CHECK (paid_amount BETWEEN 0 AND total),
        due_date date NOT NULL,
        placed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (opportunity_id IS NOT NULL OR contract_id IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX orders_customer_created_at ON orders (customer_id, created_at, id)',
    );
    await queryRunner.query("CREATE INDEX orders_unpaid_due ON orders (due_date, id) WHERE status <> 'PAID'");
    await queryRunner.query(`
      CREATE TABLE order_lines (${LINE_COLUMNS},
        order_id uuid NOT NULL REFERENCES orders (id)
      )`);
    await queryRunner.query('CREATE INDEX order_lines_order ON order_lines (order_id, position)');
    await queryRunner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id),
        customer_id uuid NOT NULL,
        owner_id uuid,
        amount numeric(19, 4) NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        received_at timestamptz NOT NULL,
        reference text,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX payments_order ON payments (order_id, received_at, id)');
    await queryRunner.query(
      'CREATE INDEX payments_customer_created_at ON payments (customer_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'payments',
      'order_lines',
      'orders',
      'contracts',
      'quote_lines',
      'quotes',
      'opportunity_line_items',
      'product_prices',
      'products',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
