/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.nvme.SubmissionQueue;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Submission Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getCqid <em>Cqid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#isCreated <em>Created</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getHead <em>Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getHostTail <em>Host Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getPublishedTail <em>Published Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getControllerTail <em>Controller Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getDoorbell <em>Doorbell</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getPending <em>Pending</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getCommands <em>Commands</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getMmioDoorbells <em>Mmio Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getSkippedDoorbells <em>Skipped Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getShadowUpdates <em>Shadow Updates</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.SubmissionQueueImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubmissionQueueImpl extends EObjectImpl implements SubmissionQueue {
	/**
	 * The default value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected static final int QID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected int qid = QID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCqid() <em>Cqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCqid()
	 * @generated
	 * @ordered
	 */
	protected static final int CQID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCqid() <em>Cqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCqid()
	 * @generated
	 * @ordered
	 */
	protected int cqid = CQID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CREATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreated()
	 * @generated
	 * @ordered
	 */
	protected boolean created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final int HEAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected int head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostTail() <em>Host Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostTail()
	 * @generated
	 * @ordered
	 */
	protected static final int HOST_TAIL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHostTail() <em>Host Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostTail()
	 * @generated
	 * @ordered
	 */
	protected int hostTail = HOST_TAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedTail() <em>Published Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedTail()
	 * @generated
	 * @ordered
	 */
	protected static final int PUBLISHED_TAIL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPublishedTail() <em>Published Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedTail()
	 * @generated
	 * @ordered
	 */
	protected int publishedTail = PUBLISHED_TAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getControllerTail() <em>Controller Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerTail()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTROLLER_TAIL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getControllerTail() <em>Controller Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerTail()
	 * @generated
	 * @ordered
	 */
	protected int controllerTail = CONTROLLER_TAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoorbell() <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoorbell()
	 * @generated
	 * @ordered
	 */
	protected static final int DOORBELL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDoorbell() <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoorbell()
	 * @generated
	 * @ordered
	 */
	protected int doorbell = DOORBELL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPending() <em>Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPending()
	 * @generated
	 * @ordered
	 */
	protected static final int PENDING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPending() <em>Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPending()
	 * @generated
	 * @ordered
	 */
	protected int pending = PENDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommands() <em>Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommands()
	 * @generated
	 * @ordered
	 */
	protected static final long COMMANDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCommands() <em>Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommands()
	 * @generated
	 * @ordered
	 */
	protected long commands = COMMANDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMmioDoorbells() <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioDoorbells()
	 * @generated
	 * @ordered
	 */
	protected static final long MMIO_DOORBELLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMmioDoorbells() <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioDoorbells()
	 * @generated
	 * @ordered
	 */
	protected long mmioDoorbells = MMIO_DOORBELLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkippedDoorbells() <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedDoorbells()
	 * @generated
	 * @ordered
	 */
	protected static final long SKIPPED_DOORBELLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSkippedDoorbells() <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkippedDoorbells()
	 * @generated
	 * @ordered
	 */
	protected long skippedDoorbells = SKIPPED_DOORBELLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getShadowUpdates() <em>Shadow Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShadowUpdates()
	 * @generated
	 * @ordered
	 */
	protected static final long SHADOW_UPDATES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getShadowUpdates() <em>Shadow Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShadowUpdates()
	 * @generated
	 * @ordered
	 */
	protected long shadowUpdates = SHADOW_UPDATES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<SubmissionEntry> entries;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubmissionQueueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.SUBMISSION_QUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQid() {
		return qid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQid(int newQid) {
		int oldQid = qid;
		qid = newQid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__QID, oldQid, qid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCqid() {
		return cqid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCqid(int newCqid) {
		int oldCqid = cqid;
		cqid = newCqid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__CQID, oldCqid, cqid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(boolean newCreated) {
		boolean oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(int newHead) {
		int oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHostTail() {
		return hostTail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostTail(int newHostTail) {
		int oldHostTail = hostTail;
		hostTail = newHostTail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__HOST_TAIL, oldHostTail, hostTail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPublishedTail() {
		return publishedTail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedTail(int newPublishedTail) {
		int oldPublishedTail = publishedTail;
		publishedTail = newPublishedTail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL, oldPublishedTail, publishedTail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getControllerTail() {
		return controllerTail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControllerTail(int newControllerTail) {
		int oldControllerTail = controllerTail;
		controllerTail = newControllerTail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL, oldControllerTail, controllerTail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDoorbell() {
		return doorbell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoorbell(int newDoorbell) {
		int oldDoorbell = doorbell;
		doorbell = newDoorbell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__DOORBELL, oldDoorbell, doorbell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPending() {
		return pending;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPending(int newPending) {
		int oldPending = pending;
		pending = newPending;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__PENDING, oldPending, pending));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCommands() {
		return commands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommands(long newCommands) {
		long oldCommands = commands;
		commands = newCommands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__COMMANDS, oldCommands, commands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMmioDoorbells() {
		return mmioDoorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMmioDoorbells(long newMmioDoorbells) {
		long oldMmioDoorbells = mmioDoorbells;
		mmioDoorbells = newMmioDoorbells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS, oldMmioDoorbells, mmioDoorbells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSkippedDoorbells() {
		return skippedDoorbells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkippedDoorbells(long newSkippedDoorbells) {
		long oldSkippedDoorbells = skippedDoorbells;
		skippedDoorbells = newSkippedDoorbells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS, oldSkippedDoorbells, skippedDoorbells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getShadowUpdates() {
		return shadowUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShadowUpdates(long newShadowUpdates) {
		long oldShadowUpdates = shadowUpdates;
		shadowUpdates = newShadowUpdates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES, oldShadowUpdates, shadowUpdates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubmissionEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<SubmissionEntry>(SubmissionEntry.class, this, NvmePackage.SUBMISSION_QUEUE__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.SUBMISSION_QUEUE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_QUEUE__QID:
				return getQid();
			case NvmePackage.SUBMISSION_QUEUE__SIZE:
				return getSize();
			case NvmePackage.SUBMISSION_QUEUE__CQID:
				return getCqid();
			case NvmePackage.SUBMISSION_QUEUE__ADDRESS:
				return getAddress();
			case NvmePackage.SUBMISSION_QUEUE__CREATED:
				return isCreated();
			case NvmePackage.SUBMISSION_QUEUE__HEAD:
				return getHead();
			case NvmePackage.SUBMISSION_QUEUE__HOST_TAIL:
				return getHostTail();
			case NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL:
				return getPublishedTail();
			case NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL:
				return getControllerTail();
			case NvmePackage.SUBMISSION_QUEUE__DOORBELL:
				return getDoorbell();
			case NvmePackage.SUBMISSION_QUEUE__PENDING:
				return getPending();
			case NvmePackage.SUBMISSION_QUEUE__COMMANDS:
				return getCommands();
			case NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS:
				return getMmioDoorbells();
			case NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS:
				return getSkippedDoorbells();
			case NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES:
				return getShadowUpdates();
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				return getEntries();
			case NvmePackage.SUBMISSION_QUEUE__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_QUEUE__QID:
				setQid((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SIZE:
				setSize((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CQID:
				setCqid((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__ADDRESS:
				setAddress((Long)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CREATED:
				setCreated((Boolean)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__HEAD:
				setHead((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__HOST_TAIL:
				setHostTail((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL:
				setPublishedTail((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL:
				setControllerTail((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__DOORBELL:
				setDoorbell((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__PENDING:
				setPending((Integer)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__COMMANDS:
				setCommands((Long)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS:
				setMmioDoorbells((Long)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS:
				setSkippedDoorbells((Long)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES:
				setShadowUpdates((Long)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends SubmissionEntry>)newValue);
				return;
			case NvmePackage.SUBMISSION_QUEUE__LABEL:
				setLabel((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_QUEUE__QID:
				setQid(QID_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CQID:
				setCqid(CQID_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__HOST_TAIL:
				setHostTail(HOST_TAIL_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL:
				setPublishedTail(PUBLISHED_TAIL_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL:
				setControllerTail(CONTROLLER_TAIL_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__DOORBELL:
				setDoorbell(DOORBELL_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__PENDING:
				setPending(PENDING_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__COMMANDS:
				setCommands(COMMANDS_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS:
				setMmioDoorbells(MMIO_DOORBELLS_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS:
				setSkippedDoorbells(SKIPPED_DOORBELLS_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES:
				setShadowUpdates(SHADOW_UPDATES_EDEFAULT);
				return;
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				getEntries().clear();
				return;
			case NvmePackage.SUBMISSION_QUEUE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NvmePackage.SUBMISSION_QUEUE__QID:
				return qid != QID_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__SIZE:
				return size != SIZE_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__CQID:
				return cqid != CQID_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__CREATED:
				return created != CREATED_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__HEAD:
				return head != HEAD_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__HOST_TAIL:
				return hostTail != HOST_TAIL_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__PUBLISHED_TAIL:
				return publishedTail != PUBLISHED_TAIL_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__CONTROLLER_TAIL:
				return controllerTail != CONTROLLER_TAIL_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__DOORBELL:
				return doorbell != DOORBELL_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__PENDING:
				return pending != PENDING_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__COMMANDS:
				return commands != COMMANDS_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__MMIO_DOORBELLS:
				return mmioDoorbells != MMIO_DOORBELLS_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__SKIPPED_DOORBELLS:
				return skippedDoorbells != SKIPPED_DOORBELLS_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__SHADOW_UPDATES:
				return shadowUpdates != SHADOW_UPDATES_EDEFAULT;
			case NvmePackage.SUBMISSION_QUEUE__ENTRIES:
				return entries != null && !entries.isEmpty();
			case NvmePackage.SUBMISSION_QUEUE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (qid: ");
		result.append(qid);
		result.append(", size: ");
		result.append(size);
		result.append(", cqid: ");
		result.append(cqid);
		result.append(", address: ");
		result.append(address);
		result.append(", created: ");
		result.append(created);
		result.append(", head: ");
		result.append(head);
		result.append(", hostTail: ");
		result.append(hostTail);
		result.append(", publishedTail: ");
		result.append(publishedTail);
		result.append(", controllerTail: ");
		result.append(controllerTail);
		result.append(", doorbell: ");
		result.append(doorbell);
		result.append(", pending: ");
		result.append(pending);
		result.append(", commands: ");
		result.append(commands);
		result.append(", mmioDoorbells: ");
		result.append(mmioDoorbells);
		result.append(", skippedDoorbells: ");
		result.append(skippedDoorbells);
		result.append(", shadowUpdates: ");
		result.append(shadowUpdates);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //SubmissionQueueImpl
